#!/usr/bin/env bash
# Regenerates docs/images/job-board-card.png (the README's picture of the card): runs the browser test, which drives
# the page in Debian's headless Chromium and, with JOBBOARD_SCREENSHOT=update, copies its English screenshot there.
# Needs the browser: apt-get install -y chromium
set -euo pipefail
cd "$(dirname "$0")/../.."
JOBBOARD_SCREENSHOT=update dotnet test tests/JobBoard.Tests -c Release --filter "FullyQualifiedName~CardPageTests.Card_ChooseSubmitSwitchToSpanish"
echo "docs/images/job-board-card.png regenerated"
