"""evkb: what news articles claim about electric-vehicle batteries, traced to their sentences."""

__version__ = "0.1.0"
