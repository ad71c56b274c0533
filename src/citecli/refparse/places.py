"""Cities where books are published: what tells the place of "Title. London, 1866." from the
newspaper of "Title. Observer, 3 December 2006.".

A place alone after a title is only taken for one when it is a city named here, a city with a
state or country code ("Ann Arbor, MI"), or an abbreviated Russian city ("М.", "СПб."). The
list holds the publishing centres that recur in reference lists; a city missing from it is
read as a container, which is the safer mistake for a journal-heavy list.
"""

from __future__ import annotations

import re

from citecli.refparse.text import LOWER, UPPER, first_letter_alternatives

#: the cities in Cyrillic, as GOST R 7.0.100-2018 writes them in full ("Москва, 2019"), with
#: those of Russian university presses
CYRILLIC_CITIES = (
    "Москва|Санкт-Петербург|Ленинград|Новосибирск|Екатеринбург|Казань|Киев|Минск|"
    "Томск|Омск|Красноярск|Иркутск|Самара|Ростов-на-Дону|Нижний Новгород|Владивосток|Воронеж|"
    "Уфа|Пермь|Челябинск|Волгоград|Саратов|Тюмень|Хабаровск|Барнаул|Калининград|Ярославль|"
    "Краснодар"
)
# each list grouped by first letter, which is found faster (see `first_letter_alternatives`)
CITIES = first_letter_alternatives(
    "Amsterdam|Ann Arbor|Athens|Atlanta|Austin|Baltimore|Barcelona|Basel|Beijing|Berkeley|"
    "Berlin|Bern|Bologna|Bonn|Boston|Boulder|Brussels|Bruxelles|Budapest|Buenos Aires|"
    "Cambridge|Canberra|Chicago|Cologne|Copenhagen|Delhi|Dordrecht|Dublin|Edinburgh|Florence|"
    "Firenze|Frankfurt|Geneva|Genève|Glasgow|Göttingen|Grand Rapids|Hamburg|Hannover|"
    "Heidelberg|Helsinki|Hoboken|Hong Kong|Ithaca|Jerusalem|Kyiv|Kiev|Leiden|Leipzig|Lisbon|"
    "Lisboa|Liverpool|London|Los Angeles|Louvain|Lyon|Madrid|Manchester|Melbourne|"
    "Mexico City|México|Milan|Milano|Minneapolis|Montreal|Montréal|Moscow|Moskva|Munich|"
    "München|Nashville|New Brunswick|New Delhi|New Haven|New York|Norwood|Oslo|Ottawa|Oxford|"
    "Paris|Philadelphia|Pittsburgh|Prague|Praha|Princeton|Providence|Reading|Reston|Rio de "
    "Janeiro|Rome|Roma|Rotterdam|San Diego|San Francisco|Santa Barbara|Santiago|São Paulo|"
    "Seattle|Seoul|Shanghai|Singapore|Sofia|St\\. Petersburg|Saint Petersburg|Stanford|"
    "Stockholm|Stuttgart|Sydney|Taipei|Tokyo|Toronto|Tübingen|Turin|Torino|Utrecht|Vancouver|"
    "Venice|Vienna|Wien|Warsaw|Warszawa|Washington|Wiesbaden|Zürich|Zurich|"
    f"{CYRILLIC_CITIES}|"
    # the cities of Russian university presses in the journals' transliteration
    "Novosibirsk|Yekaterinburg|Ekaterinburg|Kazan|Tomsk|Omsk|Krasnoyarsk|Irkutsk|"
    "Samara|Rostov-on-Don|Nizhny Novgorod|Vladivostok|Voronezh|Ufa|Perm|Chelyabinsk|"
    "Volgograd|Saratov|Tyumen|Khabarovsk|Barnaul|Kaliningrad|Yaroslavl|Krasnodar|Minsk"
)
# countries and US states that follow a city or close a meeting's name
_COUNTRY_NAMES = (
    "Argentina|Australia|Austria|Belgium|Brazil|Bulgaria|Canada|Chile|China|Croatia|"
    "Czech Republic|Denmark|Egypt|England|Estonia|Finland|France|Germany|Greece|Hungary|"
    "Iceland|India|Indonesia|Iran|Ireland|Israel|Italy|Japan|Korea|Latvia|Lithuania|"
    "United Kingdom|United States|Luxembourg|Malaysia|Mexico|Morocco|Netherlands|"
    "The Netherlands|New Zealand|Nigeria|"
    "Norway|Pakistan|Poland|Portugal|Romania|Russia|Scotland|Serbia|Singapore|Slovakia|"
    "Slovenia|South Africa|Spain|Sweden|Switzerland|Taiwan|Thailand|Tunisia|Turkey|UK|"
    "U\\.K\\.|Ukraine|USA|U\\.S\\.A\\.|Wales|Arizona|California|Colorado|Florida|Georgia|"
    "Hawaii|Illinois|Maryland|Massachusetts|Michigan|Minnesota|New Jersey|New Mexico|Ohio|"
    "Oregon|Pennsylvania|Texas|Utah|Virginia|Washington|Wisconsin"
)
COUNTRIES = first_letter_alternatives(_COUNTRY_NAMES)
#: every name COUNTRIES matches, as written, for a test of how a text ends with no pattern's call
COUNTRY_ENDINGS = tuple(name.replace("\\.", ".") for name in _COUNTRY_NAMES.split("|"))
# "Boston, MA", "Berkeley, Calif.", "Melbourne, VIC", "Harmondsworth, Middlesex"
_CITY_WITH_REGION = (
    rf"[{UPPER}][{LOWER}]+(?:\s[{UPPER}][{LOWER}]+)?,\s?"
    r"(?:[A-Z]{2,3}\.?|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.)"
)
# "М.", "СПб.": the abbreviated cities of Russian imprints
# "Ростов н/Д", also written "Ростов-н/Д", "Ростов н/Д." and "Ростов н/Дону"
ROSTOV = r"Ростов[-\s]н/\s?Д(?:ону)?"
#: the abbreviated cities, whose full stop a copy may lose
ABBREVIATED_CITIES = frozenset(("М", "Л", "СПб", "Спб", "К", "Мн"))
RUSSIAN_CITY = rf"(?:(?:{'|'.join(sorted(ABBREVIATED_CITIES))})\.?|Н\.\s?Новгород|{ROSTOV})"
#: where an imprint starts: a known city before its publisher, its year or the next city
#: ("М. : Наука", "М., 2023", "Москва ; Берлин : …"), for a look-ahead after a full stop
IMPRINT_START = rf"(?:{CITIES}|{RUSSIAN_CITY})\s?[:,;]"
PLACE_ONLY = re.compile(
    # "London and New York" too
    rf"(?:(?:{CITIES})(?:,\s?[A-Z]{{2}}\.?)?(?:\s(?:and|&)\s(?:{CITIES}))?|{_CITY_WITH_REGION}"
    rf"|{RUSSIAN_CITY})$"
)
_REGION = rf"(?:,\s?(?:[A-Z]{{2,3}}\.?|[A-Z][a-z]{{1,4}}\.|{COUNTRIES})){{0,2}}"
# the imprint written with commas at the end of a book's description, in either order:
# "…, Paris, Grasset" (French), "…, Charles Griffin, London, United Kingdom"
CITY_THEN_PUBLISHER = re.compile(
    rf"(?:^|,\s)(?P<place>(?:{CITIES}){_REGION}),\s(?P<publisher>[{UPPER}][^,]{{2,60}})$"
)
PUBLISHER_THEN_CITY = re.compile(
    rf"(?:^|,\s)(?P<publisher>[{UPPER}][^,]{{1,60}}),\s(?P<place>(?:{CITIES}){_REGION})$"
)
