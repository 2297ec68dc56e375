"""The text layer: what every kind builds on, with no knowledge of rules, policies or doors.

twitter-text counting and entities (`tweet`, `tld_data`), thread proposals (`thread`), emoji spans (`emojis`),
folding for matching (`folding`), language detection (`language`) and lexicon sentiment (`sentiment`).
Layers: text → kinds → engine → doors (API, web, CLI, batch); a module imports only from its own layer or below.
"""
