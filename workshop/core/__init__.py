"""The domain and its storage. Imports no Qt: the CLI, the exporters and tests use it directly."""
