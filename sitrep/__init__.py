"""sitrep: news reports about war and international politics, turned into a sourced, structured record."""

__version__ = "0.1.0"
