"""``python -m tacitus.eval GOLD_DIR ...``: the same as ``tacitus eval``."""

from tacitus.cli.evaluate import eval_command

eval_command(prog_name="python -m tacitus.eval")
