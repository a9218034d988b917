#!/usr/bin/env bash
# Regenerate generated/zendesk_generated from spec/zendesk.yaml with the pinned generator.
#
#   bash codegen.sh                  regenerate generated/ in place
#   bash codegen.sh --check          regenerate into a temporary folder; fail with a diff if
#                                    generated/ is not exactly what the spec produces
#   bash codegen.sh --bundle FILE    re-bundle spec/zendesk.yaml from an upstream Zendesk spec first
#
# Templates in spec/templates/ override the generator's own (spec/README.md, "Custom templates").
# Tools come from the project venv (.venv/bin first on PATH; override with PYTHON=...).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
export PATH="$(dirname "$PYTHON"):$PATH"

SPEC="$ROOT/spec/zendesk.yaml"
CONFIG="$ROOT/spec/openapi-python-client.yaml"
TARGET="$ROOT/generated/zendesk_generated"
TEMPLATES="$ROOT/spec/templates"  # overrides of the generator's templates (spec/README.md)

check=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --check) check=1; shift ;;
        --bundle)
            [[ $# -ge 2 ]] || { echo "codegen.sh: --bundle needs an upstream spec path" >&2; exit 2; }
            "$PYTHON" "$ROOT/spec/bundle.py" "$2" -o "$SPEC"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "codegen.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

generate() {  # generate OUT_DIR: write the package into OUT_DIR, fail on any generator warning
    local out="$1" work log
    # Generate into a fresh folder (--overwrite would keep stale files of removed operations),
    # and only replace OUT_DIR once generation succeeded.
    work="$(mktemp -d)"
    log="$work/generator.log"
    if ! "$PYTHON" -m openapi_python_client generate --path "$SPEC" --config "$CONFIG" \
        --custom-template-path "$TEMPLATES" \
        --meta none --output-path "$work/zendesk_generated" --overwrite --fail-on-warning \
        >"$log" 2>&1; then
        cat "$log" >&2; rm -rf "$work"
        echo "codegen.sh: generator failed (warnings count as failures)" >&2
        return 1
    fi
    if grep -qiE "warning|skipp|unable to" "$log"; then
        cat "$log" >&2; rm -rf "$work"
        echo "codegen.sh: generator reported warnings" >&2
        return 1
    fi
    printf '# Marker file for PEP 561\n' >"$work/zendesk_generated/py.typed"  # --meta none omits it
    find "$work/zendesk_generated" \( -name __pycache__ -o -name .ruff_cache \) -type d -prune \
        -exec rm -rf {} +
    rm -rf "$out"
    mkdir -p "$(dirname "$out")"
    mv "$work/zendesk_generated" "$out"
    rm -rf "$work"
}

if [[ $check -eq 1 ]]; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    generate "$tmp/zendesk_generated"
    if ! diff -r -u "$TARGET" "$tmp/zendesk_generated" -x __pycache__; then
        echo "codegen.sh --check: generated/ is stale; run: bash codegen.sh" >&2
        exit 1
    fi
    echo "codegen.sh --check: generated/ matches spec/zendesk.yaml"
else
    start=$(date +%s.%N)
    generate "$TARGET"
    echo "codegen.sh: regenerated $TARGET in $(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo '?')s"
fi
