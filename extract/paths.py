"""Where the project's own files live (seeds, dbt project)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(os.environ.get("COUNTY_REPORTS_PROJECT_DIR", Path(__file__).resolve().parent.parent))
SEEDS_DIR = PROJECT_DIR / "seeds"
SCHEMA_SQL = Path(__file__).resolve().parent / "schema.sql"
DEFAULT_DB = os.environ.get("COUNTY_REPORTS_DB", "warehouse.duckdb")
