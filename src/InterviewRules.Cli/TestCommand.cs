using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using InterviewRules.Engine;
using InterviewRules.PolicyLoop;

namespace InterviewRules.Cli;

/// <summary>
/// <c>test FILE… [--format text|json|junit] [--coverage] [--min-coverage N]</c>: runs the tests beside policies. Exit 0
/// when every case passes, 3 when a case fails or coverage is below N, 2 for bad input in any file (2 wins over 3).
/// </summary>
internal static class TestCommand
{
    public const int Failed = 3;

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Tests files (NAME.tests.json): the policy they test and their cases.", Arity = ArgumentArity.OneOrMore };
        var format = CliOptions.Format("The output format: text (default), json, or junit (JUnit XML for CI).", "text", "json", "junit");
        var coverage = new Option<bool>("--coverage") { Description = "Also report, per rule, whether the cases make it fire and not fire, and per threshold whether a case lies on each side." };
        var minimum = new Option<double?>("--min-coverage") { Description = "Fail (exit 3) when a file's coverage is below this percentage, 0 to 100; implies --coverage." };
        var command = new Command("test", "Run the tests beside policies (NAME.tests.json), with their coverage if asked.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(coverage);
        command.Options.Add(minimum);
        command.SetAction(result =>
        {
            var min = result.GetValue(minimum);
            if (min is { } m && !(m >= 0 && m <= 100))
            {
                context.Errors.Add($"usage: --min-coverage is {m.ToString(CultureInfo.InvariantCulture)}; it must be a percentage from 0 to 100.");
                return CliApp.BadInput;
            }

            var suites = new List<(string File, PolicyTestFile Tests, Policies.InterviewPolicy Policy)>();
            foreach (var path in result.GetValue(files)!)
            {
                if (Read(path, context.Errors) is { } suite)
                {
                    suites.Add(suite);
                }
            }

            if (context.Errors.Count > 0)
            {
                return CliApp.BadInput;
            }

            var measure = result.GetValue(coverage) || min is not null;
            var runs = suites.Select(s => (s.File, Result: PolicyTests.Run(s.Policy, s.Tests.Cases, measure))).ToList();
            var below = runs.Where(r => min is { } m && r.Result.Coverage!.Percent < m).Select(r => r.File).ToList();
            context.Output.Write(result.GetValue(format) switch
            {
                "json" => Json(runs),
                "junit" => JUnit(runs, min),
                _ => Text(runs, min, below),
            });
            return runs.All(r => r.Result.AllPassed) && below.Count == 0 ? CliApp.Ok : Failed;
        });
        return command;
    }

    private static (string, PolicyTestFile, Policies.InterviewPolicy)? Read(string path, ErrorLines errors)
    {
        if (path == "-")
        {
            errors.Add("usage: a tests file is read from a file, not from standard input (its policy path is relative to it).");
            return null;
        }

        if (!CliInput.TryRead(path, Stream.Null, errors, out var bytes))
        {
            return null;
        }

        if (!PolicyTestFile.TryRead(bytes, out var tests, out var problems))
        {
            errors.Add(path, problems);
            return null;
        }

        var policyErrors = new ErrorLines();
        if (!PolicyFiles.TryRead(tests.Policy, Path.GetDirectoryName(Path.GetFullPath(path)), policyErrors, out var policy))
        {
            // The policy's own problems, led by the tests file that names it.
            errors.AddRange(policyErrors.Select(line => $"{path}: $.policy: {line}"));
            return null;
        }

        var mismatches = tests.Check(policy);
        if (mismatches.Count > 0)
        {
            errors.Add(path, mismatches);
            return null;
        }

        return (path, tests, policy);
    }

    private static string Text(List<(string File, PolicyTestResult Result)> runs, double? min, List<string> below)
    {
        var text = new StringBuilder();
        foreach (var (file, result) in runs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{file}: {result.Policy.Name} {result.Policy.Version}\n").Append(result);
        }

        if (runs.Count > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"total: {runs.Sum(r => r.Result.Passed)} passed, {runs.Sum(r => r.Result.Failed)} failed.\n");
        }

        foreach (var file in below)
        {
            var percent = runs.First(r => r.File == file).Result.Coverage!.Percent;
            text.Append(CultureInfo.InvariantCulture, $"{file}: coverage {percent:0.#}% is below --min-coverage {min}%.\n");
        }

        return text.ToString();
    }

    private static string Json(List<(string File, PolicyTestResult Result)> runs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            if (runs.Count == 1)
            {
                WriteRun(json, runs[0].File, runs[0].Result);
            }
            else
            {
                json.WriteStartObject();
                json.WriteStartArray("files");
                foreach (var (file, result) in runs)
                {
                    WriteRun(json, file, result);
                }

                json.WriteEndArray();
                json.WriteNumber("passed", runs.Sum(r => r.Result.Passed));
                json.WriteNumber("failed", runs.Sum(r => r.Result.Failed));
                json.WriteEndObject();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRun(Utf8JsonWriter json, string file, PolicyTestResult result)
    {
        json.WriteStartObject();
        json.WriteString("file", file);
        json.WriteStartObject("policy");
        json.WriteString("name", result.Policy.Name);
        json.WriteString("version", result.Policy.Version);
        json.WriteString("fingerprint", result.Policy.Fingerprint);
        json.WriteEndObject();
        json.WriteStartArray("cases");
        foreach (var c in result.Cases)
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            json.WriteBoolean("passed", c.Passed);
            json.WriteBoolean("assess", c.Case.IsAssessed);
            WriteExpected(json, c.Case.Expect);
            WriteActual(json, c);
            json.WriteStartArray("failures");
            foreach (var failure in c.Failures)
            {
                json.WriteStringValue(failure);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("passed", result.Passed);
        json.WriteNumber("failed", result.Failed);
        if (result.Coverage is { } coverage)
        {
            WriteCoverage(json, coverage);
        }

        json.WriteEndObject();
    }

    private static void WriteExpected(Utf8JsonWriter json, PolicyExpectation expect)
    {
        json.WriteStartObject("expected");
        if (expect.Status is { } status)
        {
            json.WriteString("status", ContractNames.Of(status));
        }

        if (expect.Decision is { } decision)
        {
            json.WriteString("decision", ContractNames.Of(decision));
        }

        WriteNames(json, "fires", expect.Fires, always: false);
        WriteNames(json, "notFires", expect.NotFires, always: false);
        if (expect.Score is { } score)
        {
            json.WriteStartObject("score");
            if (!double.IsNegativeInfinity(score.Min))
            {
                json.WriteNumber("min", score.Min);
            }

            if (!double.IsPositiveInfinity(score.Max))
            {
                json.WriteNumber("max", score.Max);
            }

            json.WriteEndObject();
        }

        if (expect.Relevant is { } relevant)
        {
            WriteNames(json, "relevant", relevant, always: true);
        }

        json.WriteEndObject();
    }

    private static void WriteActual(Utf8JsonWriter json, PolicyCaseResult c)
    {
        json.WriteStartObject("actual");
        if (c.Recommendation is { } recommendation)
        {
            json.WriteString("decision", ContractNames.Of(recommendation.Decision));
            json.WriteNumber("score", recommendation.Score);
            WriteNames(json, "fires", recommendation.FiredRuleIds, always: true);
        }
        else if (c.Assessment is { } assessment)
        {
            json.WriteString("status", ContractNames.Of(assessment.Status));
            if (assessment.Decision is { } decision)
            {
                json.WriteString("decision", ContractNames.Of(decision));
            }
            else
            {
                json.WriteNull("decision");
            }

            if (assessment.ScoreRange is { } range)
            {
                json.WriteStartObject("scoreRange");
                json.WriteNumber("min", range.Min);
                json.WriteNumber("max", range.Max);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("scoreRange");
            }

            WriteNames(json, "fires", [.. assessment.Findings.Select(f => f.RuleId)], always: true);
            WriteNames(json, "relevant", assessment.Relevant, always: true);
        }

        json.WriteEndObject();
    }

    private static void WriteCoverage(Utf8JsonWriter json, PolicyCoverage coverage)
    {
        json.WriteStartObject("coverage");
        json.WriteStartArray("rules");
        foreach (var rule in coverage.Rules)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", rule.RuleId);
            json.WriteBoolean("fires", rule.Fires);
            json.WriteBoolean("notFires", rule.NotFires);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("thresholds");
        foreach (var t in coverage.Thresholds)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", t.RuleId);
            json.WriteString("parameter", t.Parameter);
            json.WriteNumber("value", t.Value);
            json.WriteString("fact", t.Fact);
            json.WriteString("op", t.Operator);
            json.WriteBoolean("below", t.Below);
            json.WriteBoolean("above", t.Above);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unreachable");
        foreach (var side in coverage.Uncounted.Where(s => s.Side != "disabled"))
        {
            json.WriteStartObject();
            json.WriteString("ruleId", side.RuleId);
            if (side.Parameter is not null)
            {
                json.WriteString("parameter", side.Parameter);
                json.WriteNumber("value", side.Value!.Value);
            }

            json.WriteString("side", side.Side);
            json.WriteString("reason", side.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteNames(json, "disabled", [.. coverage.Uncounted.Where(s => s.Side == "disabled").Select(s => s.RuleId)], always: true);
        WriteNames(json, "missing", coverage.Missing, always: true);
        json.WriteNumber("covered", coverage.Covered);
        json.WriteNumber("reachable", coverage.Reachable);
        json.WriteNumber("percent", Math.Round(coverage.Percent, 2));
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IReadOnlyList<string> names, bool always)
    {
        if (names.Count == 0 && !always)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var item in names)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    // The JUnit XML that CI systems read (Jenkins, GitLab, GitHub's test reporters): one suite per tests file, one
    // test case per case, and one more for the coverage bar when --min-coverage is given.
    private static string JUnit(List<(string File, PolicyTestResult Result)> runs, double? min)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n", OmitXmlDeclaration = false };
        using (var writer = new Utf8StringWriter(text))
        using (var xml = XmlWriter.Create(writer, settings))
        {
            var coverageCases = min is null ? 0 : runs.Count;
            var coverageFailures = min is { } m ? runs.Count(r => r.Result.Coverage!.Percent < m) : 0;
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "interview-rules test");
            xml.WriteAttributeString("tests", Invariant(runs.Sum(r => r.Result.Cases.Count) + coverageCases));
            xml.WriteAttributeString("failures", Invariant(runs.Sum(r => r.Result.Failed) + coverageFailures));
            xml.WriteAttributeString("errors", "0");
            foreach (var (file, result) in runs)
            {
                var failedCoverage = min is { } bar && result.Coverage!.Percent < bar;
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", Clean(file));
                xml.WriteAttributeString("tests", Invariant(result.Cases.Count + (min is null ? 0 : 1)));
                xml.WriteAttributeString("failures", Invariant(result.Failed + (failedCoverage ? 1 : 0)));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", "0");
                xml.WriteAttributeString("time", "0");
                foreach (var c in result.Cases)
                {
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", Clean($"{result.Policy.Name} {result.Policy.Version}"));
                    xml.WriteAttributeString("name", Clean(c.Name));
                    xml.WriteAttributeString("time", "0");
                    if (!c.Passed)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", Clean(c.Failures[0]));
                        xml.WriteAttributeString("type", "expectation");
                        xml.WriteString(Clean($"{string.Join("\n", c.Failures)}\nexpected: {c.Case.Expect}\nactual: {c.Actual}"));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                if (min is { } minimum)
                {
                    var coverage = result.Coverage!;
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("classname", Clean($"{result.Policy.Name} {result.Policy.Version}"));
                    xml.WriteAttributeString("name", $"coverage at least {Invariant(minimum)}%");
                    xml.WriteAttributeString("time", "0");
                    if (failedCoverage)
                    {
                        xml.WriteStartElement("failure");
                        xml.WriteAttributeString("message", string.Create(CultureInfo.InvariantCulture, $"coverage {coverage.Percent:0.#}% is below {minimum}%."));
                        xml.WriteAttributeString("type", "coverage");
                        xml.WriteString(string.Join("\n", coverage.Missing));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.Append('\n').ToString();
    }

    // XML 1.0 cannot hold most control characters, even escaped: a name that has one shows U+FFFD in its place.
    private static string Clean(string text) =>
        text.Any(c => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            ? new string([.. text.Select(c => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c)])
            : text;

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Utf8StringWriter(StringBuilder text) : StringWriter(text, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
