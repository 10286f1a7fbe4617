# The two commands of the README: `make demo` and `make test`.
.PHONY: demo test lint bench clean

demo:
	scripts/bootstrap.sh demo
	scripts/demo.sh

test:
	scripts/bootstrap.sh dev
	.venv/bin/ruff check src tests bench
	.venv/bin/ruff format --check src tests bench
	.venv/bin/mypy
	.venv/bin/python -m pytest -n 2 -q

lint:
	.venv/bin/ruff check src tests bench
	.venv/bin/ruff format --check src tests bench
	.venv/bin/mypy

bench:
	.venv/bin/python bench/check.py

clean:
	rm -rf .venv build dist *.egg-info demo-data .pytest_cache .mypy_cache .ruff_cache
