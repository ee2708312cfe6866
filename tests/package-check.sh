#!/usr/bin/env bash
# Proves what "published on NuGet" promises, against a local folder feed (nothing is pushed anywhere):
#  1. `dotnet pack` makes every package with its .snupkg symbols; the library package holds README, LICENSE and
#     XML docs for both target frameworks;
#  2. tests/PackageConsumer restores the packages BY VERSION from that folder into a fresh package cache, builds
#     and runs a scenario, and the decision is right;
#  3. the consumer publishes with NativeAOT with no trimming/AOT (IL2xxx/IL3xxx) warning, and the native binary's
#     JSON equals the JIT run's byte for byte for every docs/examples scenario, in English and in Spanish (the
#     satellite resources survive trimming and AOT), and for a policy file;
#  4. InterviewRules.AI's tools, resolved from DI in the consumer, answer the same under JIT and NativeAOT;
#  5. every ```csharp block of README.md, src/PACKAGE.md and docs/*.md compiles as written, each as its own console
#     app with implicit usings, against the packages (tools/doc-snippets.cs; extra packages in the info string);
#  6. the interview-rules tool installs from the folder, runs, and serves MCP.
# Run by .ci/run; prints "package check: ok" at the end or exits non-zero with the reason.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
feed="$root/artifacts/packages"
consumer="$root/tests/PackageConsumer"
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "package check: unsupported machine $(uname -m)"; exit 1 ;;
esac
fail() { echo "package check: FAILED: $1"; exit 1; }

echo "== pack $version into $feed"
rm -rf "$feed"
dotnet pack "$root/InterviewRules.sln" -c Release -o "$feed" -warnaserror >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; fail "dotnet pack"; }
for id in InterviewRules InterviewRules.DependencyInjection InterviewRules.AI InterviewRules.Cli; do
  [[ -f $feed/$id.$version.nupkg ]] || fail "$id.$version.nupkg is missing"
  [[ -f $feed/$id.$version.snupkg ]] || fail "$id.$version.snupkg (symbols) is missing"
done
if command -v unzip >/dev/null 2>&1; then
  listing=$(unzip -l "$feed/InterviewRules.$version.nupkg")
  for entry in README.md LICENSE lib/net10.0/InterviewRules.xml lib/net8.0/InterviewRules.xml lib/net10.0/InterviewRules.dll lib/net8.0/InterviewRules.dll \
    lib/net10.0/es/InterviewRules.resources.dll lib/net8.0/es/InterviewRules.resources.dll; do
    grep -q " $entry\$" <<<"$listing" || fail "InterviewRules.$version.nupkg lacks $entry"
  done
  listing=$(unzip -l "$feed/InterviewRules.AI.$version.nupkg")
  for entry in README.md LICENSE lib/net10.0/InterviewRules.AI.xml lib/net8.0/InterviewRules.AI.xml lib/net10.0/InterviewRules.AI.dll lib/net8.0/InterviewRules.AI.dll; do
    grep -q " $entry\$" <<<"$listing" || fail "InterviewRules.AI.$version.nupkg lacks $entry"
  done
else
  echo "(unzip is not installed: package contents not listed)"
fi

# A fresh cache, so no earlier copy of the same version can stand in for the packages just made.
export NUGET_PACKAGES="$work/nuget-packages"

echo "== restore and build the consumer from the folder (fresh cache $NUGET_PACKAGES)"
# The fresh cache downloads every dependency: a moment's network failure gets two more tries.
restored=false
for attempt in 1 2 3; do
  if dotnet restore "$consumer" -r "$rid" -p:PublishAot=true -p:InterviewRulesVersion="$version" --force >"$work/restore.log" 2>&1; then restored=true; break; fi
  [[ $attempt -lt 3 ]] && { echo "restore of the consumer failed (attempt $attempt of 3); trying again in 10 s"; sleep 10; }
done
$restored || { cat "$work/restore.log"; fail "restore of the consumer"; }
[[ -d $NUGET_PACKAGES/interviewrules/$version ]] || fail "InterviewRules $version was not restored into the fresh cache"
dotnet build "$consumer" -c Release -r "$rid" --no-restore -p:PublishAot=true -p:InterviewRulesVersion="$version" >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build of the consumer"; }
jit() { dotnet "$consumer/bin/Release/net10.0/$rid/PackageConsumer.dll" "$@"; }
jit "$root/docs/examples/05-detailed-red-flags.json" >"$work/jit.json"
grep -q '"decision": "decline"' "$work/jit.json" || fail "the consumer's JIT run did not decline the detailed-red-flags example"

echo "== publish the consumer with NativeAOT"
dotnet publish "$consumer" -c Release -r "$rid" --no-restore -p:PublishAot=true -p:InterviewRulesVersion="$version" -o "$work/aot" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; fail "NativeAOT publish"; }
if grep -E "warning IL[23][0-9]{3}" "$work/publish.log"; then fail "trimming/AOT warnings above"; fi
native="$work/aot/PackageConsumer"
[[ -x $native ]] || fail "no native binary at $native"

echo "== native vs JIT, byte for byte"
compared=0
for scenario in "$root"/docs/examples/[0-9]*.json; do
  [[ $scenario == *.expected.json ]] && continue
  jit "$scenario" >"$work/jit.json"
  "$native" "$scenario" >"$work/aot.json"
  cmp -s "$work/jit.json" "$work/aot.json" || { diff "$work/jit.json" "$work/aot.json" | head -20; fail "native output differs for $(basename "$scenario")"; }
  jit --culture es "$scenario" >"$work/jit-es.json"
  "$native" --culture es "$scenario" >"$work/aot-es.json"
  cmp -s "$work/jit-es.json" "$work/aot-es.json" || { diff "$work/jit-es.json" "$work/aot-es.json" | head -20; fail "native Spanish output differs for $(basename "$scenario")"; }
  grep -q '"language": "es"' "$work/aot-es.json" || fail "the native Spanish run of $(basename "$scenario") did not say language es"
  grep -q '"title": "Hacer contactos es bueno"' "$work/aot-es.json" || fail "the native Spanish run of $(basename "$scenario") has no Spanish title: satellite resources lost"
  compared=$((compared + 2))
done
policy="$root/docs/policies/executive-search.json"
jit "$root/docs/examples/13-long-trip-not-looking.json" "$policy" >"$work/jit.json"
"$native" "$root/docs/examples/13-long-trip-not-looking.json" "$policy" >"$work/aot.json"
cmp -s "$work/jit.json" "$work/aot.json" || fail "native output differs with the executive-search policy"
grep -q '"ruleId": "relocation"' "$work/aot.json" || fail "the native run did not apply the policy's custom rule"
compared=$((compared + 1))

echo "== InterviewRules.AI's tools, JIT vs native"
for scenario in "$root"/docs/examples/01-new-graduate-needs-practice.json "$root"/docs/examples/07-untrustworthy-leadership-veto.json; do
  jit --tools "$scenario" >"$work/jit-tools.json" || fail "the consumer's tools (JIT) failed for $(basename "$scenario")"
  "$native" --tools "$scenario" >"$work/aot-tools.json" || fail "the consumer's tools (native) failed for $(basename "$scenario")"
  cmp -s "$work/jit-tools.json" "$work/aot-tools.json" || { diff "$work/jit-tools.json" "$work/aot-tools.json" | head -20; fail "native tool output differs for $(basename "$scenario")"; }
  grep -q '"language":"es"' "$work/aot-tools.json" || grep -q '"language": "es"' "$work/aot-tools.json" || fail "the native evaluate_interview did not answer in Spanish"
  grep -q '"markdown"' "$work/aot-tools.json" || fail "the native evaluate_interview gave no markdown"
  compared=$((compared + 1))
done

echo "== compile every C# snippet of the documentation against the packages, each as its own console app"
snippets="$work/snippets"
mkdir -p "$snippets"
sed "s|../../artifacts/packages|$feed|" "$consumer/nuget.config" >"$snippets/nuget.config"
docs=("$root/README.md" "$root/src/PACKAGE.md")
for doc in "$root"/docs/*.md; do grep -q '^```csharp' "$doc" && docs+=("$doc"); done
dotnet run "$root/tools/doc-snippets.cs" -- "$snippets" "${docs[@]}" || fail "tools/doc-snippets.cs"
(cd "$snippets" && dotnet new sln -n Snippets --format sln >/dev/null && dotnet sln Snippets.sln add Snippet*/Snippet*.csproj >/dev/null) || fail "the snippets' solution"
dotnet build "$snippets/Snippets.sln" -c Release -p:InterviewRulesVersion="$version" >"$work/snippets.log" 2>&1 || { grep -E " error " "$work/snippets.log" | sort -u | head -20; fail "a C# snippet of the documentation does not compile as written (file and line above)"; }

echo "== install the tool from the folder"
dotnet tool install InterviewRules.Cli --version "$version" --tool-path "$work/tools" --configfile "$consumer/nuget.config" >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool install"; }
rules=$("$work/tools/interview-rules" rules) || fail "interview-rules rules failed"
spanish=$("$work/tools/interview-rules" rules --culture es) || fail "interview-rules rules --culture es failed"
grep -q "§1 Necesitas práctica" <<<"$spanish" || fail "the installed tool did not list the rules in Spanish"
[[ $(grep -cE '^(need-practice|plan-b|networking|sharpen-instincts|unknown-wants|leading-on|too-busy|fear-of-rejection|concrete-red-flags|untrustworthy-people|low-cost) ' <<<"$rules") == 11 ]] || fail "the installed tool did not list the eleven rules"

# The installed tool serves MCP: an initialize request gets the server's answer, and only that, on stdout.
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"package-check","version":"1"}}}'
reply=$(printf '%s\n' "$init" | timeout 60 "$work/tools/interview-rules" mcp) || fail "interview-rules mcp failed"
grep -q '"serverInfo":{"name":"interview-rules"' <<<"$reply" || fail "interview-rules mcp did not answer initialize: $reply"
[[ $(wc -l <<<"$reply") == 1 ]] || fail "interview-rules mcp wrote more than the protocol on stdout: $reply"

size=$(stat -c %s "$native")
echo "package check: ok ($compared native runs equal to JIT; native binary $size bytes; tool installed and serving MCP)"
