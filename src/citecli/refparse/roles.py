"""The words that name an editor's role after or around the names, in every style read:
"(eds.)", "Hrsg.", "(dir.)", "a cura di", "ред.". One vocabulary for the marks after an author
list, the roles in brackets before a container and the mark that ends a container's name."""

EDITOR_WORD = (
    r"(?<!\w)(?:[Ee]ds?|EDS?|[Hh]rsg|[Hh]gg?|Hrg|éds?|dir|[Ee]ditors?|[Ee]d\. by|[Gg]en\. ed|"
    r"a cura di|ред)\b\.?"
)
