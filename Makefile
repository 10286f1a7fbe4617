# The two commands of the README: `make demo` and `make test`.
.PHONY: demo test lint bench clean

demo:
	scripts/bootstrap.sh demo
	scripts/demo.sh

test:
	scripts/bootstrap.sh dev
	$(MAKE) --no-print-directory lint
	env -u PYTHONDONTWRITEBYTECODE .venv/bin/python -m pytest -n 2 --dist worksteal -q

lint:
	.venv/bin/ruff check src tests bench scripts examples
	.venv/bin/ruff format --check src tests bench scripts examples
	.venv/bin/mypy
	.venv/bin/lint-imports

bench:
	.venv/bin/python bench/check.py
	.venv/bin/python bench/accuracy.py
	.venv/bin/python bench/queue.py
	.venv/bin/python bench/poll.py

clean:
	rm -rf .venv build dist *.egg-info demo-data .pytest_cache .mypy_cache .ruff_cache
