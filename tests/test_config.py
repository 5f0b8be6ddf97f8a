"""Configuration: where it is found, how values parse, and that errors name the file and the key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.config import Config, find_config, split_list
from factcheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "fixtures" / "lint" / "draft.md"
SOURCES = ROOT / "fixtures" / "lint" / "sources"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_setup_cfg_found_from_a_subdirectory(tmp_path: Path) -> None:
    cfg = write(tmp_path / "setup.cfg", "[metadata]\nname = desk\n\n[factcheck]\nfail-on = warning\n"
                                        "min-confidence = 0.6\ndisable = certainty\n")
    deep = tmp_path / "stories" / "2026" / "march"
    deep.mkdir(parents=True)
    config = find_config(str(deep))
    assert config.path == str(cfg)
    assert (config.fail_on, config.min_confidence, config.disable, config.enable) == ("warning", 0.6, ("certainty",), None)


def test_a_setup_cfg_without_the_section_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "info"\n')
    write(tmp_path / "desk" / "setup.cfg", "[tool:pytest]\naddopts = -q\n")
    config = find_config(str(tmp_path / "desk"))
    assert config.path == str(tmp_path / "pyproject.toml")
    assert config.fail_on == "info"


def test_nearest_file_wins_and_pyproject_before_setup_cfg(tmp_path: Path) -> None:
    write(tmp_path / "setup.cfg", "[factcheck]\nfail-on = never\n")
    write(tmp_path / "desk" / "setup.cfg", "[factcheck]\nfail-on = info\n")
    write(tmp_path / "desk" / "pyproject.toml", '[tool.factcheck]\nfail-on = "warning"\n')
    assert find_config(str(tmp_path / "desk")).fail_on == "warning"
    assert find_config(str(tmp_path)).fail_on == "never"


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    assert find_config(str(tmp_path)) == Config()


def test_lists_split_on_commas_and_newlines() -> None:
    assert split_list("number, date\n  title\n\n") == ("number", "date", "title")
    assert split_list(["number", " quote-wording "]) == ("number", "quote-wording")
    with pytest.raises(ValueError):
        split_list(["number", 3])


def test_word_list_extensions_are_data_on_the_config(tmp_path: Path) -> None:
    write(tmp_path / "setup.cfg", "[factcheck]\n"
          "antonyms =\n    approved / rejected\n    called off / went ahead\n"
          "titles = Chief Whip, harbour master\n"
          "aliases =\n    Kremlin = Russia\n    Number 10 = United Kingdom\n")
    config = find_config(str(tmp_path))
    assert config.extra_antonyms == (("approved", "rejected"), ("called off", "went ahead"))
    assert config.extra_titles == ("chief whip", "harbour master")
    assert config.aliases == (("Kremlin", "Russia"), ("Number 10", "United Kingdom"))
    assert config.alias_map == {"kremlin": "Russia", "number 10": "United Kingdom"}


def test_pyproject_arrays_and_underscored_keys(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nenable = ["number", "title"]\nmin_confidence = 0.5\n'
                                       'sources = ["wires/*.txt", "agency"]\naliases = ["White House = United States"]\n')
    config = find_config(str(tmp_path))
    assert config.enable == ("number", "title")
    assert config.min_confidence == 0.5
    assert config.sources == ("wires/*.txt", "agency")
    assert config.aliases == (("White House", "United States"),)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("fail_onn = error\n", "unknown key 'fail_onn'"),
        ("fail-on = sometimes\n", "fail-on: expected one of never, error, warning, info"),
        ("min-confidence = 1.5\n", "min-confidence: expected a number from 0 to 1"),
        ("min-confidence = high\n", "min-confidence: expected a number from 0 to 1"),
        ("enable = number, rumour\n", "enable: unknown kind 'rumour'"),
        ("aliases = Kremlin\n", "aliases: expected items such as 'Kremlin = Russia', got 'Kremlin'"),
        ("antonyms = approved rejected\n", "antonyms: expected items such as 'approved / rejected'"),
    ],
)
def test_bad_setup_cfg_names_file_and_key(tmp_path: Path, body: str, needle: str) -> None:
    cfg = write(tmp_path / "setup.cfg", "[factcheck]\n" + body)
    with pytest.raises(InputError) as err:
        find_config(str(tmp_path))
    assert str(err.value).startswith(f"{cfg}: [factcheck] ")
    assert needle in str(err.value)


def test_bad_pyproject_values_name_file_and_key(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", "[tool.factcheck]\nmin-confidence = true\n")
    with pytest.raises(InputError, match=r"\[tool\.factcheck\] min-confidence: expected a number") as err:
        find_config(str(tmp_path))
    assert str(err.value).startswith(str(cfg))
    write(tmp_path / "pyproject.toml", "[tool.factcheck\nfail-on = 'error'\n")
    with pytest.raises(InputError, match="not valid TOML"):
        find_config(str(tmp_path))


def test_kinds_command_line_enable_wins_and_disables_add_up() -> None:
    config = Config(enable=("number", "title", "date"), disable=("date",))
    assert config.kinds() == frozenset({"number", "title"})
    assert config.kinds(("quote-wording", "date")) == frozenset({"quote-wording"})
    assert config.kinds(None, ("title",)) == frozenset({"number"})
    assert Config().kinds() is None


# ---------------------------------------------------------------- through the command


def run_in(directory: Path, *args: str):  # noqa: ANN201 - click's Result
    cwd = os.getcwd()
    os.chdir(directory)
    try:
        return CliRunner().invoke(main, ["lint", *args])
    finally:
        os.chdir(cwd)


def test_config_fail_on_and_command_line_wins(tmp_path: Path) -> None:
    write(tmp_path / "setup.cfg", "[factcheck]\nfail-on = never\n")
    args = [str(DRAFT), "--against", str(SOURCES), "--format", "github"]
    relaxed = run_in(tmp_path, *args)
    assert relaxed.exit_code == 0
    assert relaxed.stdout.count("::error ") == 2
    assert run_in(tmp_path, *args, "--fail-on", "error").exit_code == 1


def test_config_min_confidence_and_disable(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nmin-confidence = 0.89\n')
    out = run_in(tmp_path, str(DRAFT), "--against", str(SOURCES), "--format", "github").stdout
    assert [line.split(",")[0] for line in out.splitlines()] == [f"::error file={DRAFT}"]
    assert "title=factcheck number::" in out
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\ndisable = "number"\n')
    out = run_in(tmp_path, str(DRAFT), "--against", str(SOURCES), "--format", "github").stdout
    assert "factcheck quote-wording" in out and "factcheck number" not in out
    out = run_in(tmp_path, str(DRAFT), "--against", str(SOURCES), "--format", "github", "--min-confidence", "0").stdout
    assert "factcheck number" not in out  # disable still applies; min-confidence from the command line wins


def test_config_sources_are_relative_to_the_file(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    write(desk / "drafts" / "fire.md", DRAFT.read_text(encoding="utf-8"))
    for src in SOURCES.iterdir():
        write(desk / "wires" / src.name, src.read_text(encoding="utf-8"))
    write(desk / "setup.cfg", "[factcheck]\nsources = wires/*.txt\n")
    result = run_in(desk / "drafts", "fire.md", "--format", "github")
    assert result.exit_code == 1
    assert "::error file=fire.md,line=8,col=32," in result.stdout
    assert "../wires/wire-a.txt:3:32" in result.stdout


def test_bad_config_is_exit_2_in_one_line(tmp_path: Path) -> None:
    cfg = write(tmp_path / "setup.cfg", "[factcheck]\nfail-on = loudly\n")
    result = run_in(tmp_path, str(DRAFT))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"factcheck: error: {cfg}: [factcheck] fail-on: expected one of never, error, warning, info"
    ]
