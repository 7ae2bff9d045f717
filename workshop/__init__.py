"""Workshop: an offline app for facilitators of co-production sessions about automated
decision-making and AI in public services."""

__version__ = "0.1.0"
APP_NAME = "Workshop"
ORG_NAME = "Workshop"
