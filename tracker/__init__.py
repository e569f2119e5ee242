"""Diplomatic Reaction Tracker: news dumps in, diplomatic reactions out.

Flow: ``readers`` (file bytes -> articles) -> ``extract`` (articles -> statements)
-> ``store`` (DuckDB) -> ``pages`` (Streamlit).
"""

__version__ = "0.1.0"
