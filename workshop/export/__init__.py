"""Printed and data outputs (PDF, QR, images, CSV/JSON, HTML). Imports no Qt."""
