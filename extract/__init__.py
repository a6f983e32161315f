"""county-reports extractor: reads Chinese county economic reports and loads facts into DuckDB."""

__version__ = "0.1.0"
