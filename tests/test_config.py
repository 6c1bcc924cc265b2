from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanwire import default_chain
from cleanwire.config import ConfigError, chain_from_config, chain_to_config, load_chain


def test_default_chain_round_trips_through_its_config() -> None:
    chain = default_chain()
    assert chain_from_config(chain_to_config(chain)) == chain


def test_base_default_with_drop_and_configure() -> None:
    first = default_chain().names[0]
    chain = chain_from_config({"base": "default", "drop": [first]})
    assert first not in chain.names


def test_toml_and_json_files(tmp_path: Path) -> None:
    toml = tmp_path / "chain.toml"
    toml.write_text('max_passes = 3\n[[steps]]\nuse = "normalize"\nname = "tidy"\n')
    chain = load_chain(toml)
    assert chain.names == ("tidy",) and chain.max_passes == 3
    js = tmp_path / "chain.json"
    js.write_text(json.dumps(chain_to_config(chain)))
    assert load_chain(js) == chain


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"steps": [{"use": "nope"}]}, "no built-in cleaner 'nope'"),
        ({"steps": [{"name": "x"}]}, "a step is a table"),
        ({"steps": [{"use": "normalize", "colour": 1}]}, "normalize"),
        ({"base": "other"}, "unknown base"),
        ({"colour": 1}, "unknown config keys"),
        ({"drop": ["nope"]}, "no step named 'nope'"),
    ],
)
def test_bad_configs_say_what_to_change(config: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        chain_from_config(config)


def test_unreadable_config_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[steps]\n")
    with pytest.raises(ConfigError, match="not valid toml"):
        load_chain(bad)
