using System.Globalization;
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Text.Json;
using InterviewRules.Assessing;
using InterviewRules.Engine;
using InterviewRules.Json;
using InterviewRules.Policies;

namespace InterviewRules.PolicyLoop;

/// <summary>
/// A tests file beside a policy, <c>NAME.tests.json</c> (design.md, "Policy tests and impact"): the policy it tests (a
/// path relative to the file, or <c>article-default</c>) and its cases. Read with <see cref="TryRead"/>; then
/// <see cref="Check"/> against the policy, and <see cref="PolicyTests.Run"/>.
/// </summary>
public sealed class PolicyTestFile
{
    private static readonly string[] RootProperties = ["policy", "cases"];
    private static readonly string[] CaseProperties = ["name", "assess", "scenario", "expect"];
    private static readonly string[] ExpectProperties = ["decision", "fires", "notFires", "score", "status", "relevant"];
    private static readonly string[] ScoreProperties = ["min", "max"];

    private PolicyTestFile(string policy, IReadOnlyList<PolicyTestCase> cases)
    {
        Policy = policy;
        Cases = cases;
    }

    /// <summary>Gets the policy the cases test: a path relative to the tests file, or <c>article-default</c>.</summary>
    public string Policy { get; }

    /// <summary>Gets the cases, in the file's order.</summary>
    public IReadOnlyList<PolicyTestCase> Cases { get; }

    /// <summary>Reads a tests file, reporting every problem with its JSON path.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The tests, when there is no problem.</param>
    /// <param name="errors">The problems; empty when the file was read.</param>
    /// <returns>Whether the file was read.</returns>
    public static bool TryRead(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out PolicyTestFile? file, out IReadOnlyList<InputError> errors)
    {
        file = null;
        var problems = new List<InputError>();
        errors = problems;
        using var document = JsonInput.Parse(utf8, "tests file", problems);
        if (document is null)
        {
            return false;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputError("$", $"The tests file is {JsonObjectReader.Describe(root)}; it must be a JSON object with {string.Join(", ", RootProperties)}."));
            return false;
        }

        var properties = Properties(root, "$", RootProperties, problems);
        string? policy = null;
        if (!properties.TryGetValue("policy", out var policyElement))
        {
            problems.Add(new InputError("$.policy", "policy is missing; name the policy the cases test: a path relative to this file, or article-default."));
        }
        else if (policyElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(policyElement.GetString()))
        {
            problems.Add(new InputError("$.policy", $"policy is {JsonObjectReader.Describe(policyElement)}; it must be a path relative to this file, or article-default."));
        }
        else
        {
            policy = policyElement.GetString();
        }

        var cases = new List<PolicyTestCase>();
        if (!properties.TryGetValue("cases", out var casesElement))
        {
            problems.Add(new InputError("$.cases", "cases is missing; it must be an array of cases."));
        }
        else if (casesElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new InputError("$.cases", $"cases is {JsonObjectReader.Describe(casesElement)}; it must be an array of cases."));
        }
        else
        {
            var index = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in casesElement.EnumerateArray())
            {
                if (ReadCase(element, $"$.cases[{index}]", problems) is { } read)
                {
                    if (!names.Add(read.Name))
                    {
                        problems.Add(new InputError($"$.cases[{index}].name", $"cases[{index}].name is {JsonObjectReader.Quote(read.Name)}, which another case already has; names must be unique."));
                    }

                    cases.Add(read);
                }

                index++;
            }
        }

        if (problems.Count > 0)
        {
            return false;
        }

        file = new PolicyTestFile(policy!, cases.AsReadOnly());
        return true;
    }

    /// <summary>Checks the cases against the policy they test: every rule they name must be one of its rules (enabled or not).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The problems, each with its JSON path in the file; empty when none.</returns>
    public IReadOnlyList<InputError> Check(InterviewPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = new List<InputError>();
        var ids = PolicyTests.RuleIds(policy);
        for (var i = 0; i < Cases.Count; i++)
        {
            foreach (var (key, list) in new[] { ("fires", Cases[i].Expect.Fires), ("notFires", Cases[i].Expect.NotFires) })
            {
                for (var j = 0; j < list.Count; j++)
                {
                    if (!ids.Contains(list[j]))
                    {
                        problems.Add(new InputError($"$.cases[{i}].expect.{key}[{j}]", $"cases[{i}].expect.{key}[{j}] is {JsonObjectReader.Quote(list[j])}, which is no rule of the policy {policy.Name}; its rules are {string.Join(", ", ids)}."));
                    }
                }
            }
        }

        return problems;
    }

    private static PolicyTestCase? ReadCase(JsonElement element, string path, List<InputError> problems)
    {
        var field = path[2..];
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputError(path, $"{field} is {JsonObjectReader.Describe(element)}; it must be an object with {string.Join(", ", CaseProperties)}."));
            return null;
        }

        var before = problems.Count;
        var properties = Properties(element, path, CaseProperties, problems);
        string? name = null;
        if (!properties.TryGetValue("name", out var nameElement))
        {
            problems.Add(new InputError(path + ".name", $"{field}.name is missing; every case needs a name."));
        }
        else if (nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameElement.GetString()) || nameElement.GetString()!.Length > 200)
        {
            problems.Add(new InputError(path + ".name", $"{field}.name is {JsonObjectReader.Describe(nameElement)}; it must be a non-blank text of at most 200 characters."));
        }
        else
        {
            name = nameElement.GetString();
        }

        var assess = false;
        if (properties.TryGetValue("assess", out var assessElement))
        {
            if (assessElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                assess = assessElement.GetBoolean();
            }
            else
            {
                problems.Add(new InputError(path + ".assess", $"{field}.assess is {JsonObjectReader.Describe(assessElement)}; it must be true (a partial scenario, assessed) or false."));
            }
        }

        var expect = properties.TryGetValue("expect", out var expectElement) ? ReadExpect(expectElement, path + ".expect", assess, problems) : PolicyExpectation.None;

        InterviewScenario? scenario = null;
        PartialScenario? partial = null;
        if (!properties.TryGetValue("scenario", out var scenarioElement))
        {
            problems.Add(new InputError(path + ".scenario", $"{field}.scenario is missing; every case needs a scenario."));
        }
        else
        {
            var bytes = Encoding.UTF8.GetBytes(scenarioElement.GetRawText());
            IReadOnlyList<InputError> scenarioErrors;
            var read = assess ? InterviewJson.TryReadPartialScenario(bytes, out partial, out scenarioErrors) : InterviewJson.TryReadScenario(bytes, out scenario, out scenarioErrors);
            if (!read)
            {
                problems.AddRange(scenarioErrors.Select(e => new InputError(path + ".scenario" + e.Path[1..], $"{field}.scenario: {e.Message}")));
            }
        }

        if (problems.Count > before || name is null || expect is null)
        {
            return null;
        }

        return assess ? new PolicyTestCase(name, partial!, expect) : new PolicyTestCase(name, scenario!, expect);
    }

    private static PolicyExpectation? ReadExpect(JsonElement element, string path, bool assess, List<InputError> problems)
    {
        var field = path[2..];
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputError(path, $"{field} is {JsonObjectReader.Describe(element)}; it must be an object with any of {string.Join(", ", ExpectProperties)}."));
            return null;
        }

        var before = problems.Count;
        var properties = Properties(element, path, ExpectProperties, problems);
        Verdict? decision = null;
        if (properties.TryGetValue("decision", out var decisionElement))
        {
            decision = decisionElement.ValueKind == JsonValueKind.String ? decisionElement.GetString() switch { "accept" => Verdict.Accept, "decline" => Verdict.Decline, _ => null } : null;
            if (decision is null)
            {
                problems.Add(new InputError(path + ".decision", $"{field}.decision is {JsonObjectReader.Describe(decisionElement)}; it must be \"accept\" or \"decline\"."));
            }
        }

        AssessmentStatus? status = null;
        if (properties.TryGetValue("status", out var statusElement))
        {
            status = statusElement.ValueKind == JsonValueKind.String ? statusElement.GetString() switch { "settled" => AssessmentStatus.Settled, "open" => AssessmentStatus.Open, "undetermined" => AssessmentStatus.Undetermined, _ => null } : null;
            if (!assess)
            {
                problems.Add(new InputError(path + ".status", $"{field}.status is expected of a case that is not assessed; only a case with \"assess\": true has a status."));
            }
            else if (status is null)
            {
                problems.Add(new InputError(path + ".status", $"{field}.status is {JsonObjectReader.Describe(statusElement)}; it must be \"settled\", \"open\" or \"undetermined\"."));
            }
        }

        IReadOnlyList<string>? relevant = null;
        if (properties.TryGetValue("relevant", out var relevantElement))
        {
            if (!assess)
            {
                problems.Add(new InputError(path + ".relevant", $"{field}.relevant is expected of a case that is not assessed; only a case with \"assess\": true has relevant facts."));
            }
            else
            {
                relevant = Names(relevantElement, path + ".relevant", "a fact of the partial scenario", Item.All.Select(i => i.Path).ToArray(), problems);
            }
        }

        var fires = properties.TryGetValue("fires", out var firesElement) ? Names(firesElement, path + ".fires", "a rule id", null, problems) : [];
        var notFires = properties.TryGetValue("notFires", out var notFiresElement) ? Names(notFiresElement, path + ".notFires", "a rule id", null, problems) : [];
        if (fires is not null && notFires is not null && fires.Intersect(notFires, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            problems.Add(new InputError(path + ".notFires", $"{field}.notFires names \"{both}\", which fires also names; a rule cannot be expected both to fire and not to."));
        }

        ScoreRange? score = null;
        if (properties.TryGetValue("score", out var scoreElement))
        {
            score = ReadScore(scoreElement, path + ".score", problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new PolicyExpectation { Decision = decision, Status = status, Relevant = relevant, Fires = fires!, NotFires = notFires!, Score = score };
    }

    private static ScoreRange? ReadScore(JsonElement element, string path, List<InputError> problems)
    {
        var field = path[2..];
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputError(path, $"{field} is {JsonObjectReader.Describe(element)}; it must be an object with min, max or both."));
            return null;
        }

        var properties = Properties(element, path, ScoreProperties, problems);
        var bounds = new double[] { double.NegativeInfinity, double.PositiveInfinity };
        for (var i = 0; i < 2; i++)
        {
            if (properties.TryGetValue(ScoreProperties[i], out var bound))
            {
                if (bound.ValueKind == JsonValueKind.Number && bound.TryGetDouble(out var value) && double.IsFinite(value))
                {
                    bounds[i] = value == 0 ? 0 : value;
                }
                else
                {
                    problems.Add(new InputError($"{path}.{ScoreProperties[i]}", $"{field}.{ScoreProperties[i]} is {JsonObjectReader.Describe(bound)}; it must be a finite number."));
                    return null;
                }
            }
        }

        if (properties.Count == 0)
        {
            problems.Add(new InputError(path, $"{field} is empty; give min, max or both."));
            return null;
        }

        if (bounds[0] > bounds[1])
        {
            problems.Add(new InputError(path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{field}.min is {bounds[0]} and {field}.max is {bounds[1]}; min must not be greater than max.")));
            return null;
        }

        return new ScoreRange(bounds[0], bounds[1]);
    }

    private static string[]? Names(JsonElement element, string path, string what, string[]? allowed, List<InputError> problems)
    {
        var field = path[2..];
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new InputError(path, $"{field} is {JsonObjectReader.Describe(element)}; it must be an array, each item {what}."));
            return null;
        }

        var names = new List<string>();
        var index = 0;
        var ok = true;
        foreach (var item in element.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (text is null || text.Length == 0)
            {
                problems.Add(new InputError($"{path}[{index}]", $"{field}[{index}] is {JsonObjectReader.Describe(item)}; it must be {what}."));
                ok = false;
            }
            else if (allowed is not null && !allowed.Contains(text, StringComparer.Ordinal))
            {
                problems.Add(new InputError($"{path}[{index}]", $"{field}[{index}] is {JsonObjectReader.Quote(text)}; it must be {what}: {string.Join(", ", allowed)}."));
                ok = false;
            }
            else if (names.Contains(text, StringComparer.Ordinal))
            {
                problems.Add(new InputError($"{path}[{index}]", $"{field}[{index}] is {JsonObjectReader.Quote(text)}, which the list already holds; each may appear once."));
                ok = false;
            }
            else
            {
                names.Add(text);
            }

            index++;
        }

        return ok ? [.. names] : null;
    }

    private static Dictionary<string, JsonElement> Properties(JsonElement element, string path, string[] allowed, List<InputError> problems)
    {
        var prefix = path == "$" ? string.Empty : path[2..] + ".";
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var at = path + "." + InputError.Echo(property.Name);
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add(new InputError(at, $"{prefix}{InputError.Echo(property.Name)} is not a property here{DidYouMean(property.Name, allowed)}; the properties are {string.Join(", ", allowed)}."));
            }
            else if (!properties.TryAdd(property.Name, property.Value))
            {
                problems.Add(new InputError(at, $"{prefix}{property.Name} appears more than once; each property may appear only once."));
            }
        }

        return properties;
    }

    private static string DidYouMean(string typed, string[] names) =>
        NearestName.Find(typed, names) is { } near ? $" (did you mean \"{near}\"?)" : string.Empty;
}
