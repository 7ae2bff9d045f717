"""The PySide6 app. Widgets never run SQL: changes go through workshop.core and come back
as `Change`s on `AppContext.bridge.changed`, and views refresh only what changed."""
