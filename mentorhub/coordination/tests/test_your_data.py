import io
import json
import zipfile

from mentorhub.coordination import services
from mentorhub.lib.yourdata import archive


def exported(person) -> dict:
    with zipfile.ZipFile(io.BytesIO(archive(person))) as files:
        return json.loads(files.read("coordination.json"))


def test_a_persons_export_holds_their_own_fit_check_and_requests_for_help_only(pair, personas):
    services.answer_fit_check(pair, personas.mentee, "no", "MINE-FIT")
    services.ask_for_help(pair, personas.mentee, "MINE-HELP")
    services.ask_for_help(pair, personas.mentor, "THEIRS-HELP")
    services.add_note(pair, personas.coordinator, "COORD-NOTE")
    data = json.dumps(exported(personas.mentee))
    assert "MINE-FIT" in data and "MINE-HELP" in data
    assert "THEIRS-HELP" not in data and "COORD-NOTE" not in data
