"""citecli: structured metadata, DOI checks and citations for journal article pages."""

__version__ = "0.1.0"
