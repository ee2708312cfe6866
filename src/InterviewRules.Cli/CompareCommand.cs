using System;
using System.Buffers;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewRules.Engine;
using InterviewRules.PolicyLoop;

namespace InterviewRules.Cli;

/// <summary>
/// <c>compare OLD NEW --scenarios FILE|DIR [--format text|json|markdown]</c>: the decisions a policy change flips over
/// a corpus, why, and the totals. Streams: each change is written as it is found, totals last; memory stays flat. A bad
/// scenario goes to standard error with its index and is skipped; exit 2 only for an unusable policy or source.
/// </summary>
internal static class CompareCommand
{
    /// <summary>The most changes the Markdown lists; a pull-request comment stays readable.</summary>
    public const int MarkdownChanges = 50;

    public static Command Create(CliContext context)
    {
        var oldPolicy = new Argument<string>("OLD") { Description = "The policy in force: a policy file, or article-default." };
        var newPolicy = new Argument<string>("NEW") { Description = "The changed policy: a policy file, or article-default." };
        var scenarios = new Option<string>("--scenarios") { Description = "The scenarios: a JSON array, JSON Lines (one scenario a line), or a folder of .json files.", Required = true };
        var format = CliOptions.Format("The output format: text (default), json, or markdown (for a pull-request comment).", "text", "json", "markdown");
        var command = new Command("compare", "Show which decisions a policy change flips over a corpus of scenarios, and why.");
        command.Arguments.Add(oldPolicy);
        command.Arguments.Add(newPolicy);
        command.Options.Add(scenarios);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            var source = result.GetValue(scenarios)!;
            var okOld = PolicyFiles.TryRead(result.GetValue(oldPolicy)!, null, context.Errors, out var before);
            var okNew = PolicyFiles.TryRead(result.GetValue(newPolicy)!, null, context.Errors, out var after);
            if (!Directory.Exists(source) && !File.Exists(source))
            {
                context.Errors.Add($"{source}: neither a file nor a folder of that name exists; give a JSON array, a JSON Lines file or a folder of .json files.");
            }

            if (!okOld || !okNew || context.Errors.Count > 0)
            {
                return CliApp.BadInput;
            }

            var chosen = result.GetValue(format)!;
            context.Streamed = (stdout, stderr) =>
            {
                var reader = new ScenarioSource(source, stderr);
                var comparison = PolicyComparison.Compare(before!, after!, reader.Read());
                var writer = chosen switch { "json" => (Writer)new JsonWriter(stdout), "markdown" => new MarkdownWriter(stdout), _ => new TextWriterOutput(stdout) };
                try
                {
                    writer.Start(comparison.OldPolicy, comparison.NewPolicy);
                    foreach (var change in comparison)
                    {
                        writer.Change(change, reader.IsFolder);
                    }

                    writer.End(comparison.Totals, reader.Invalid);
                    stdout.Flush();
                }
                catch (IOException ex)
                {
                    stderr.WriteLine($"error: the output cannot be written: {ex.Message}");
                    return CliApp.Fault;
                }

                stderr.Flush();
                if (reader.Unusable is { } problem)
                {
                    stderr.WriteLine(TerminalText.Escape(problem));
                    return CliApp.BadInput;
                }

                return CliApp.Ok;
            };
            return CliApp.Ok;
        });
        return command;
    }

    private static string Number(double value) => NumberText.Write(value, CultureInfo.InvariantCulture);

    /// <summary>Reads scenarios from a JSON array, JSON Lines or a folder, one at a time; a bad one is reported and skipped.</summary>
    private sealed class ScenarioSource(string path, TextWriter stderr)
    {
        public bool IsFolder { get; } = Directory.Exists(path);

        public long Invalid { get; private set; }

        /// <summary>Gets why the source could not be read to its end, if it could not.</summary>
        public string? Unusable { get; private set; }

        public IEnumerable<(string Label, InterviewScenario Scenario)> Read()
        {
            if (IsFolder)
            {
                return Folder();
            }

            using var probe = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4096];
            var read = probe.Read(head);
            ReadOnlySpan<byte> first = head[..read];
            first = first.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? first[3..] : first;
            first = first.TrimStart(" \t\r\n"u8);
            return !first.IsEmpty && first[0] == (byte)'[' ? Array() : Lines();
        }

        private IEnumerable<(string, InterviewScenario)> Folder()
        {
            var files = Directory.GetFiles(path, "*.json");
            System.Array.Sort(files, StringComparer.Ordinal);
            var index = 0L;
            foreach (var file in files)
            {
                var errors = new ErrorLines();
                var name = Path.GetFileName(file);
                InterviewScenario? scenario = null;
                if (CliInput.TryRead(file, Stream.Null, errors, out var bytes) && !InterviewJson.TryReadScenario(bytes, out scenario, out var problems))
                {
                    errors.Add(file, problems);
                }

                if (scenario is null)
                {
                    Bad(index, name, errors);
                }
                else
                {
                    yield return (name, scenario);
                }

                index++;
            }
        }

        private IEnumerable<(string, InterviewScenario)> Lines()
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var buffer = new byte[1 << 20];
            var pending = new ArrayBufferWriter<byte>();
            var index = 0L;
            var line = 0L;
            var tooLong = false;
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                while (start < count)
                {
                    var end = System.Array.IndexOf(buffer, (byte)'\n', start, count - start);
                    if (end < 0)
                    {
                        if (pending.WrittenCount + count - start <= InterviewJson.MaxDocumentBytes)
                        {
                            pending.Write(buffer.AsSpan(start, count - start));
                        }
                        else
                        {
                            tooLong = true;
                        }

                        break;
                    }

                    ReadOnlyMemory<byte> text;
                    if (pending.WrittenCount > 0 || tooLong)
                    {
                        if (pending.WrittenCount + end - start <= InterviewJson.MaxDocumentBytes)
                        {
                            pending.Write(buffer.AsSpan(start, end - start));
                        }
                        else
                        {
                            tooLong = true;
                        }

                        text = pending.WrittenMemory.ToArray();
                        pending.Clear();
                    }
                    else
                    {
                        text = buffer.AsMemory(start, end - start);
                    }

                    line++;
                    start = end + 1;
                    var item = One(text, ref index, line, ref tooLong);
                    if (item is { } found)
                    {
                        yield return found;
                    }
                }
            }

            if (pending.WrittenCount > 0 || tooLong)
            {
                var item = One(pending.WrittenMemory.ToArray(), ref index, line + 1, ref tooLong);
                if (item is { } found)
                {
                    yield return found;
                }
            }
        }

        private (string, InterviewScenario)? One(ReadOnlyMemory<byte> text, ref long index, long line, ref bool tooLong)
        {
            if (tooLong)
            {
                tooLong = false;
                Bad(index++, null, [$"$: line {line} is more than {InterviewJson.MaxDocumentBytes} bytes long; a scenario may be at most {InterviewJson.MaxDocumentBytes} bytes."]);
                return null;
            }

            if (text.Span.Trim(" \t\r"u8).IsEmpty)
            {
                return null;
            }

            return Parse(text, index++);
        }

        private (string, InterviewScenario)? Parse(ReadOnlyMemory<byte> text, long index)
        {
            if (InterviewJson.TryReadScenario(text, out var scenario, out var problems))
            {
                return (index.ToString(CultureInfo.InvariantCulture), scenario);
            }

            var errors = new ErrorLines();
            errors.Add("-", problems);
            Bad(index, null, errors);
            return null;
        }

        // A JSON array cut into its elements as the bytes arrive: strings and nesting tracked, each element read alone.
        private IEnumerable<(string, InterviewScenario)> Array()
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var buffer = new byte[1 << 20];
            var element = new ArrayBufferWriter<byte>();
            var index = 0L;
            var opened = false;
            var closed = false;
            var depth = 0;
            var inString = false;
            var escaped = false;
            var bom = 0;
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var results = new List<(string, InterviewScenario)>();
                for (var i = 0; i < count; i++)
                {
                    var b = buffer[i];
                    if (bom < 3 && !opened && b is 0xEF or 0xBB or 0xBF)
                    {
                        bom++;
                        continue;
                    }

                    if (closed)
                    {
                        if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                        {
                            Unusable ??= $"{path}: more follows the array's closing ']'; the file must hold one JSON array of scenarios.";
                        }

                        continue;
                    }

                    if (!opened)
                    {
                        opened = b == (byte)'[';
                        continue;
                    }

                    if (inString)
                    {
                        if (escaped)
                        {
                            escaped = false;
                        }
                        else if (b == (byte)'\\')
                        {
                            escaped = true;
                        }
                        else if (b == (byte)'"')
                        {
                            inString = false;
                        }

                        Append(element, b);
                        continue;
                    }

                    if (depth == 0 && (b == (byte)',' || b == (byte)']'))
                    {
                        if (element.WrittenSpan.Trim(" \t\r\n"u8).Length > 0 || b == (byte)',')
                        {
                            if (Parse(element.WrittenMemory.ToArray(), index++) is { } found)
                            {
                                results.Add(found);
                            }
                        }

                        element.Clear();
                        closed = b == (byte)']';
                        continue;
                    }

                    if (b == (byte)'"')
                    {
                        inString = true;
                    }
                    else if (b is (byte)'{' or (byte)'[')
                    {
                        depth++;
                    }
                    else if (b is (byte)'}' or (byte)']')
                    {
                        depth--;
                    }

                    Append(element, b);
                }

                foreach (var found in results)
                {
                    yield return found;
                }
            }

            if (!closed)
            {
                if (element.WrittenSpan.Trim(" \t\r\n"u8).Length > 0)
                {
                    Bad(index++, null, ["$: the element is cut off by the end of the file."]);
                }

                Unusable ??= $"{path}: the array of scenarios is not closed with ']'; the scenarios before the end were compared.";
            }
        }

        private static void Append(ArrayBufferWriter<byte> element, byte b)
        {
            // Past the largest document an element is bad whatever follows: it is not kept whole.
            if (element.WrittenCount <= InterviewJson.MaxDocumentBytes)
            {
                element.GetSpan(1)[0] = b;
                element.Advance(1);
            }
        }

        private void Bad(long index, string? name, List<string> errors)
        {
            Invalid++;
            var label = name ?? $"{path}: scenario {index}";
            foreach (var line in errors.Take(5))
            {
                stderr.WriteLine(TerminalText.Escape(name is null ? $"{label}: {line}" : line));
            }

            if (errors.Count > 5)
            {
                stderr.WriteLine(TerminalText.Escape($"{label}: … and {errors.Count - 5} more"));
            }
        }
    }

    private abstract class Writer(TextWriter output)
    {
        protected TextWriter Output { get; } = output;

        public abstract void Start(PolicyIdentity old, PolicyIdentity @new);

        public abstract void Change(PolicyChange change, bool named);

        public abstract void End(PolicyImpact totals, long invalid);

        protected void Write(string text) => Output.Write(TerminalText.Escape(text));
    }

    private sealed class TextWriterOutput(TextWriter output) : Writer(output)
    {
        public override void Start(PolicyIdentity old, PolicyIdentity @new) => Write($"comparing {old.Name} {old.Version} with {@new.Name} {@new.Version}\n");

        public override void Change(PolicyChange change, bool named) => Write(change + "\n");

        public override void End(PolicyImpact totals, long invalid) => Write(totals + $"invalid: {invalid} scenarios skipped.\n");
    }

    private sealed class JsonWriter(TextWriter output) : Writer(output)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private bool _first = true;

        public override void Start(PolicyIdentity old, PolicyIdentity @new)
        {
            Write("{\n  \"old\": " + Json(json => Identity(json, old)) + ",\n  \"new\": " + Json(json => Identity(json, @new)) + ",\n  \"changes\": [");
        }

        public override void Change(PolicyChange change, bool named)
        {
            Write((_first ? "\n    " : ",\n    ") + Json(json =>
            {
                json.WriteStartObject();
                if (named)
                {
                    json.WriteString("scenario", change.Scenario);
                }
                else
                {
                    json.WriteNumber("scenario", long.Parse(change.Scenario, CultureInfo.InvariantCulture));
                }

                json.WriteString("from", ContractNames.Of(change.From));
                json.WriteString("to", ContractNames.Of(change.To));
                json.WriteNumber("scoreFrom", change.ScoreFrom);
                json.WriteNumber("scoreTo", change.ScoreTo);
                json.WriteStartArray("ruleIds");
                foreach (var id in change.RuleIds)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WriteString("reason", change.Reason);
                json.WriteEndObject();
            }));
            _first = false;
        }

        public override void End(PolicyImpact totals, long invalid)
        {
            Write((_first ? "]" : "\n  ]") + ",\n  " + Json(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("scenarios", totals.Scenarios);
                json.WriteStartObject("flips");
                json.WriteNumber("toAccept", totals.ToAccept);
                json.WriteNumber("toDecline", totals.ToDecline);
                json.WriteEndObject();
                json.WriteStartObject("byRule");
                foreach (var (id, flips) in totals.ByRule)
                {
                    json.WriteNumber(id, flips);
                }

                json.WriteEndObject();
                json.WriteStartObject("scoreShift");
                json.WriteNumber("min", totals.ScoreShift.Min);
                json.WriteNumber("max", totals.ScoreShift.Max);
                json.WriteNumber("mean", Math.Round(totals.ScoreShift.Mean, 6));
                json.WriteStartArray("histogram");
                foreach (var (shift, count) in totals.ScoreShift.Histogram)
                {
                    json.WriteStartObject();
                    json.WriteNumber("shift", shift);
                    json.WriteNumber("count", count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteNumber("invalid", invalid);
                json.WriteEndObject();
            }).Trim('{', '}') + "\n}\n");
        }

        private static void Identity(Utf8JsonWriter json, PolicyIdentity policy)
        {
            json.WriteStartObject();
            json.WriteString("name", policy.Name);
            json.WriteString("version", policy.Version);
            json.WriteString("fingerprint", policy.Fingerprint);
            json.WriteEndObject();
        }

        private string Json(Action<Utf8JsonWriter> write)
        {
            _buffer.Clear();
            using (var json = new Utf8JsonWriter(_buffer))
            {
                write(json);
            }

            return Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }
    }

    private sealed class MarkdownWriter(TextWriter output) : Writer(output)
    {
        private readonly List<PolicyChange> _shown = [];
        private PolicyIdentity? _old;
        private PolicyIdentity? _new;
        private bool _named;

        public override void Start(PolicyIdentity old, PolicyIdentity @new) => (_old, _new) = (old, @new);

        public override void Change(PolicyChange change, bool named)
        {
            _named = named;
            if (_shown.Count < MarkdownChanges)
            {
                _shown.Add(change);
            }
        }

        public override void End(PolicyImpact totals, long invalid)
        {
            var text = new StringBuilder();
            var flips = totals.ToAccept + totals.ToDecline;
            text.Append(CultureInfo.InvariantCulture, $"### Policy impact: {Escape(_old!.Name)} {Escape(_old.Version)} → {Escape(_new!.Name)} {Escape(_new.Version)}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"**{flips} of {totals.Scenarios} decisions flip**: {totals.ToAccept} to accept, {totals.ToDecline} to decline");
            text.Append(invalid > 0 ? $" ({invalid} invalid scenarios skipped).\n\n" : ".\n\n");
            var shift = totals.ScoreShift;
            text.Append(CultureInfo.InvariantCulture, $"Score shift (new − old): min {Number(shift.Min)}, max {Number(shift.Max)}, mean {Number(Math.Round(shift.Mean, 4))}.\n\n");
            text.Append("| shift | scenarios |\n|---:|---:|\n");
            foreach (var (value, count) in shift.Histogram)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Number(value)} | {count} |\n");
            }

            if (totals.ByRule.Count > 0)
            {
                text.Append("\n| rule | flips it takes part in |\n|---|---:|\n");
                foreach (var (id, count) in totals.ByRule)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| `{id}` | {count} |\n");
                }
            }

            if (_shown.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n| {(_named ? "scenario file" : "scenario")} | decision | score | why |\n|---|---|---|---|\n");
                foreach (var change in _shown)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| {Escape(change.Scenario)} | {ContractNames.Of(change.From)} → {ContractNames.Of(change.To)} | {Number(change.ScoreFrom)} → {Number(change.ScoreTo)} | {Escape(change.Reason)} |\n");
                }

                if (flips > _shown.Count)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n… and {flips - _shown.Count} more\n");
                }
            }

            Write(text.ToString());
        }

        // Names come from files: nothing in them may break the table or turn into markup.
        private static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '~' or '!')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c is '\n' or '\r' ? ' ' : c);
            }

            return escaped.ToString();
        }
    }
}
