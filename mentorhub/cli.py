"""The `mentorhub` console script.

`mentorhub coach goals|outreach|feedback --jsonl FILE` runs a coach over a file of {"id", "text"} lines, one JSON
answer per line, without starting Django. Anything else is handed to Django's manage.py (`mentorhub migrate`, ...).
"""

import argparse
import json
import os
import sys


def coach_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="mentorhub coach", description="Run a coach over a JSONL file.")
    parser.add_argument("kind", choices=["goals", "outreach", "feedback"])
    parser.add_argument("--jsonl", required=True, help='file of {"id": ..., "text": ...} lines; - for stdin')
    args = parser.parse_args(argv)
    if args.kind == "goals":
        from mentorhub.coach.goals import assess_goal as assess
    elif args.kind == "outreach":
        from mentorhub.coach.outreach import assess_message as assess
    else:
        from mentorhub.coach.feedback import assess_feedback as assess

    stream = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
    failures = 0
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError("text must be a string")
            except (ValueError, KeyError, TypeError) as error:
                failures += 1
                print(f"line {number}: skipped, not a JSON object with a text: {error}", file=sys.stderr)
                continue
            answer = {"id": item.get("id"), **assess(text).to_dict()}
            print(json.dumps(answer, ensure_ascii=False))
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["coach"]:
        return coach_main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mentorhub.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["mentorhub", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
