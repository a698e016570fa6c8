"""German news → analyst tables: people, places, organizations, money and commitments."""

__version__ = "0.1.0"
