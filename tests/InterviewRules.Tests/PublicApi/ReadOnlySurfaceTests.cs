using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using InterviewRules.Engine;
using InterviewRules.Policies;
using Xunit;

namespace InterviewRules.Tests.PublicApi;

/// <summary>
/// Walks the public surface of the library and the objects it returns, and fails on any collection a caller could
/// write to after a cast: an array or a list behind <see cref="IReadOnlyList{T}"/> would let one caller change the
/// library for everyone.
/// </summary>
public class ReadOnlySurfaceTests
{
    private static readonly Assembly Library = typeof(InterviewAdvisor).Assembly;

    [Fact]
    public void EveryCollectionReachableFromThePublicApi_IsReadOnlyInFact()
    {
        var policy = InterviewJson.ReadPolicy(System.IO.File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "policies", "campus-board.json")));
        var scenario = Some.Scenario(
            Some.Candidate(years: 1, interviews: 0, looking: true, others: 1),
            Some.Opportunity(format: InterviewFormat.OnSite, travel: 9, duration: 2, industry: "finance"),
            concerns: [Concern.NotInterested, Concern.TooBusy, Concern.WrongIndustry, Concern.FearOfLeadingOn],
            redFlags: [RedFlag.HighTurnover]);
        var advisor = InterviewAdvisor.Create(policy);
        var recommendation = advisor.Recommend(scenario);
        _ = recommendation.Findings.Select(f => f.Explanation).ToList();
        object[] roots =
        [
            InterviewAdvisor.Default,
            InterviewPolicy.ArticleDefault,
            policy,
            advisor,
            scenario,
            recommendation,
            InterviewAdvisor.Default.Recommend(scenario),
            InterviewAdvisor.Default.Counterfactuals(scenario),
            InterviewAdvisor.Default.Rank([scenario, Some.Scenario()]),
            new Finding(new RuleDescriptor("code-rule", FindingKind.Reason, "Code", "test", "+1"), 1, false, [new Evidence("concerns", FactValue.FromList(["a"]))], "Code."),
            .. WhatTheReadersReturn(),
        ];

        var problems = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Walk(root, root.GetType().Name, 0, seen, problems);
        }

        foreach (var type in Library.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                Walk(property.GetValue(null), $"{type.Name}.{property.Name}", 0, seen, problems);
            }
        }

        Assert.True(seen.Count > 100, $"The walk reached only {seen.Count} objects; it should cover the surface.");
        Assert.True(problems.Count == 0, "Writable collections reachable from the public API:\n" + string.Join("\n", problems));
    }

    /// <summary>What the readers return through out parameters and exceptions, valid and invalid input alike.</summary>
    private static object[] WhatTheReadersReturn()
    {
        var good = Examples.ScenarioBytes("01-new-graduate-needs-practice");
        var bad = "{\"candidate\": {\"yearsOfExperience\": -1}}"u8.ToArray();
        var list = System.Text.Encoding.UTF8.GetBytes("[" + System.Text.Encoding.UTF8.GetString(good).TrimStart('\uFEFF') + "]");
        var badPolicy = "{\"name\": \"\", \"threshold\": \"high\"}"u8.ToArray();
        var roots = new List<object>();
        InterviewJson.TryReadScenario(good, out _, out var none);
        InterviewJson.TryReadScenario(bad, out _, out var errors);
        InterviewJson.TryReadScenarios(list, out var scenarios, out var noErrors);
        InterviewJson.TryReadScenarios("[{}]"u8.ToArray(), out _, out var listErrors);
        InterviewJson.TryReadPolicy(badPolicy, out _, out var policyErrors);
        Assert.NotNull(scenarios);
        roots.AddRange([none, errors, scenarios, noErrors, listErrors, policyErrors]);
        roots.Add(Assert.Throws<InvalidInputException>(() => InterviewJson.ReadScenario(bad)));
        roots.Add(Assert.Throws<InvalidInputException>(() => InterviewJson.ReadPolicy(badPolicy)));
        roots.Add(Assert.Throws<InvalidInputException>(() => Some.Candidate(years: -1)));
        roots.Add(new InvalidInputException(new List<InputError>(errors)));
        Assert.All([errors, listErrors, policyErrors], found => Assert.NotEmpty(found));
        return [.. roots];
    }

    [Fact]
    public void TheWalk_FindsAWritableArray()
    {
        var problems = new List<string>();

        Walk(new Holder(), "holder", 0, new HashSet<object>(ReferenceEqualityComparer.Instance), problems);

        Assert.Equal(["holder.Names: System.String[]", "holder.GetNames(es): System.String[]"], problems);
    }

    private static void Walk(object? value, string path, int depth, HashSet<object> seen, List<string> problems)
    {
        if (value is null or string || depth > 12 || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            if (IsWritable(value))
            {
                problems.Add($"{path}: {value.GetType()}");
            }

            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", depth + 1, seen, problems);
            }
        }

        var type = value.GetType();
        if (type.Assembly != Library && type != typeof(Holder))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}", depth + 1, seen, problems);
            }
        }

        // The localized variants (GetAdvice(culture) and the like) return collections too: ask each in Spanish.
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetParameters() is [{ ParameterType: var parameter }] && parameter == typeof(System.Globalization.CultureInfo)
                && typeof(IEnumerable).IsAssignableFrom(method.ReturnType) && method.ReturnType != typeof(string))
            {
                Walk(method.Invoke(value, [System.Globalization.CultureInfo.GetCultureInfo("es")]), $"{path}.{method.Name}(es)", depth + 1, seen, problems);
            }
        }
    }

    private static bool IsWritable(object value)
    {
        if (value is Array)
        {
            return true;
        }

        if (value is IList list)
        {
            return !list.IsReadOnly;
        }

        var collection = value.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
        return collection is not null && !(bool)collection.GetProperty("IsReadOnly")!.GetValue(value)!;
    }

    private sealed class Holder
    {
        public IReadOnlyList<string> Names { get; } = new[] { "a" };

        public IReadOnlyList<string> GetNames(System.Globalization.CultureInfo culture) => new[] { culture.Name, Names[0] };
    }
}
