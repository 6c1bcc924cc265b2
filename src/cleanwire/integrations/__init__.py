"""Running cleanwire inside distributed engines (each integration is an optional extra)."""
