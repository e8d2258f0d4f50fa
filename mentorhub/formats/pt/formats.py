# How the hub writes dates in Portuguese (Portugal and Brazil write them alike): Django's pt formats, plus the
# shorter forms our pages use, with the same names as mentorhub/formats/en/formats.py.
DATE_FORMAT = r"j \d\e F \d\e Y"  # 30 de novembro de 2026
DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i"  # 30 de novembro de 2026, 14:05
TIME_FORMAT = "H:i"  # 14:05
MONTH_DAY_FORMAT = r"j \d\e F"  # 30 de novembro
SHORT_DATE_FORMAT = "d/m/Y"  # 30/11/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 30/11/2026 14:05

SHORT_MONTH_DAY_FORMAT = r"j \d\e b"  # 30 de nov
MONTH_DAY_TIME_FORMAT = r"j \d\e b, H:i"  # 30 de nov, 14:05
WEEKDAY_DATE_FORMAT = r"D, j \d\e b"  # seg, 30 de nov
WEEKDAY_DATETIME_FORMAT = r"D, j \d\e b, H:i"  # seg, 30 de nov, 14:05
MOMENT_FORMAT = r"D, j \d\e b \d\e Y, H:i"  # seg, 30 de nov de 2026, 14:05 (lib.time.local_label)
LONG_DATE_FORMAT = r"j \d\e F \d\e Y"  # 30 de novembro de 2026
LONG_DATETIME_FORMAT = r"l, j \d\e F \d\e Y, H:i"  # segunda-feira, 30 de novembro de 2026, 14:05
