"""Word lists the rule-based cleaners match against (loaded lazily, cached per language)."""
