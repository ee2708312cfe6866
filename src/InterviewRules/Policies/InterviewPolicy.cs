using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using InterviewRules.Article;
using InterviewRules.Engine;

namespace InterviewRules.Policies;

/// <summary>
/// The data that configures an advisor: a name and version, the threshold, the aggregator, and for each of the
/// article's rules whether it is enabled and its parameters. Immutable: the <c>With…</c> methods return new
/// policies. Its <see cref="Fingerprint"/> identifies its effective content, so two hosts can tell they judged with
/// the same policy.
/// </summary>
public sealed class InterviewPolicy
{
    /// <summary>The name of the article's own policy.</summary>
    public const string ArticleDefaultName = "article-default";

    /// <summary>The version of the article's own policy.</summary>
    public const string ArticleDefaultVersion = "1.0.0";

    private const int MaxNameLength = 100;

    private readonly RuleSettings[] _rules;
    private readonly CustomRuleDefinition[] _customRules;
    private Identification? _identified;

    private InterviewPolicy(string name, string version, double threshold, IAggregator aggregator, RuleSettings[] rules, CustomRuleDefinition[]? customRules = null)
    {
        Name = name;
        Version = version;
        Threshold = threshold;
        Aggregator = aggregator;
        _rules = rules;
        _customRules = customRules ?? [];
        var disabled = new List<RuleDescriptor>();
        foreach (var settings in rules)
        {
            if (!settings.Enabled)
            {
                disabled.Add(settings.Definition.Descriptor);
            }
        }

        DisabledRules = ReadOnlyArray<RuleDescriptor>.Own([.. disabled]);
        CustomRules = ReadOnlyArray<RuleDescriptor>.Own(Array.ConvertAll(_customRules, c => c.Descriptor));
    }

    /// <summary>Gets the article's own policy: every rule enabled with the weights and thresholds of the catalog, threshold 0, weighted sum with veto.</summary>
    public static InterviewPolicy ArticleDefault { get; } = CreateArticleDefault();

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the policy's version.</summary>
    public string Version { get; }

    /// <summary>Gets the threshold: with the default aggregator, the score must be above it to accept.</summary>
    public double Threshold { get; }

    /// <summary>Gets the aggregator.</summary>
    internal IAggregator Aggregator { get; }

    /// <summary>Gets the name of the aggregator that decides: <c>weightedSumWithVeto</c> or <c>strongestFinding</c>.</summary>
    public string Aggregation => Aggregator.Name;

    /// <summary>Gets the settings of each catalog rule, in the article's order.</summary>
    internal IReadOnlyList<RuleSettings> Rules => _rules;

    /// <summary>Gets the declarative rules the policy adds, in order, after the article's rules.</summary>
    internal IReadOnlyList<CustomRuleDefinition> CustomRuleDefinitions => _customRules;

    /// <summary>Gets what each declarative rule the policy adds is, in order, after the article's rules.</summary>
    public IReadOnlyList<RuleDescriptor> CustomRules { get; private init; } = ReadOnlyArray<RuleDescriptor>.Empty;

    /// <summary>Gets what each catalogue rule that this policy turns off is (with its default weights): a catalogue shows them as disabled.</summary>
    public IReadOnlyList<RuleDescriptor> DisabledRules { get; private init; } = ReadOnlyArray<RuleDescriptor>.Empty;

    /// <summary>Gets the canonical JSON of the effective policy: keys sorted ordinally at every level, no white space.</summary>
    public string CanonicalJson => Identified().CanonicalJson;

    /// <summary>Gets <c>sha256:</c> and 64 lowercase hex digits over <see cref="CanonicalJson"/>.</summary>
    public string Fingerprint => Identity.Fingerprint;

    /// <summary>Gets the name, version and fingerprint together.</summary>
    public PolicyIdentity Identity => Identified().Identity;

    /// <summary>Gets whether the canonical JSON and the fingerprint have been computed (once, on first read).</summary>
    internal bool IsIdentified => Volatile.Read(ref _identified) is not null;

    /// <summary>Gets the settings of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">No catalog rule has this id.</exception>
    internal RuleSettings GetRule(string ruleId) => _rules[IndexOf(ruleId)];

    /// <summary>Tells whether a catalogue rule takes part in this policy.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns><see langword="true"/> when it is enabled.</returns>
    /// <exception cref="ArgumentException">No catalogue rule has this id.</exception>
    public bool IsEnabled(string ruleId) => GetRule(ruleId).Enabled;

    /// <summary>Gets the effective value of one parameter of one catalogue rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="parameter">The parameter, as the catalogue names it (<c>weight</c>, <c>yearsOfExperienceBelow</c>).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The rule or the parameter does not exist.</exception>
    public double GetParameter(string ruleId, string parameter) => GetRule(ruleId).Get(parameter);

    /// <summary>Returns a copy with another name and version.</summary>
    /// <param name="name">The name: non-blank, at most 100 characters.</param>
    /// <param name="version">The version: non-blank, at most 100 characters.</param>
    /// <returns>The new policy.</returns>
    public InterviewPolicy WithIdentity(string name, string version)
    {
        CheckLabel(name, nameof(name));
        CheckLabel(version, nameof(version));
        return new InterviewPolicy(name, version, Threshold, Aggregator, _rules, _customRules);
    }

    /// <summary>Returns a copy with another threshold.</summary>
    /// <param name="threshold">A finite number between -1000 and 1000.</param>
    /// <returns>The new policy.</returns>
    public InterviewPolicy WithThreshold(double threshold)
    {
        if (!double.IsFinite(threshold) || Math.Abs(threshold) > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"threshold is {ScenarioContract.Format(threshold)}; it must be a finite number between -1000 and 1000.");
        }

        return new InterviewPolicy(Name, Version, threshold == 0 ? 0 : threshold, Aggregator, _rules, _customRules);
    }

    /// <summary>Returns a copy that decides with another shipped aggregator.</summary>
    /// <param name="aggregation">The aggregator's name: <c>weightedSumWithVeto</c> or <c>strongestFinding</c>.</param>
    /// <returns>The new policy.</returns>
    public InterviewPolicy WithAggregation(string aggregation)
    {
        if (!Aggregators.TryGet(aggregation, out var aggregator))
        {
            throw new ArgumentException($"aggregation is \"{aggregation}\"; it must be one of {string.Join(", ", Aggregators.Names)}.", nameof(aggregation));
        }

        return new InterviewPolicy(Name, Version, Threshold, aggregator, _rules, _customRules);
    }

    /// <summary>Returns a copy with one rule enabled or disabled.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="enabled">Whether the rule takes part.</param>
    /// <returns>The new policy.</returns>
    public InterviewPolicy WithRuleEnabled(string ruleId, bool enabled)
    {
        var index = IndexOf(ruleId);
        var rules = (RuleSettings[])_rules.Clone();
        rules[index] = rules[index].With(enabled: enabled);
        return new InterviewPolicy(Name, Version, Threshold, Aggregator, rules, _customRules);
    }

    /// <summary>Returns a copy with need-practice's parameters set; the rule keeps whether it is enabled.</summary>
    /// <param name="options">The parameters, checked all at once as the rule's constructor checks them.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">A parameter is out of range; every problem is named in one message.</exception>
    /// <example><code>var policy = InterviewPolicy.ArticleDefault.With(new NeedPracticeOptions { Weight = 3 });</code></example>
    public InterviewPolicy With(NeedPracticeOptions options) =>
        WithValues(NeedPracticeRule.Id, NeedPracticeRule.Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options));

    /// <summary>Returns a copy with plan-b's parameters set; the rule keeps whether it is enabled.</summary>
    /// <param name="options">The parameters, checked all at once as the rule's constructor checks them.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">A parameter is out of range; every problem is named in one message.</exception>
    public InterviewPolicy With(PlanBOptions options) =>
        WithValues(PlanBRule.Id, PlanBRule.Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options));

    /// <summary>Returns a copy with low-cost's parameters set; the rule keeps whether it is enabled.</summary>
    /// <param name="options">The parameters, checked all at once as the rule's constructor checks them.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">A parameter is out of range; every problem is named in one message.</exception>
    public InterviewPolicy With(LowCostOptions options) =>
        WithValues(LowCostRule.Id, LowCostRule.Values(options ?? throw new ArgumentNullException(nameof(options))), nameof(options));

    /// <summary>
    /// Returns a copy with the weight of one of the seven rules that have only a weight set (networking,
    /// sharpen-instincts, unknown-wants, leading-on, too-busy, fear-of-rejection, and concrete-red-flags, per flag);
    /// the rule keeps whether it is enabled.
    /// </summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="options">The weight; <see langword="null"/> <see cref="RuleWeightOptions.Weight"/> restores the rule's default.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">The policy has no such rule, the rule has more than a weight (use its own options), or the weight is out of range.</exception>
    /// <example><code>var policy = InterviewPolicy.ArticleDefault.With(NetworkingRule.Id, new RuleWeightOptions { Weight = 3 });</code></example>
    public InterviewPolicy With(string ruleId, RuleWeightOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var definition = _rules[IndexOf(ruleId)].Definition;
        if (definition.Parameters.Count != 1)
        {
            throw new ArgumentException(
                $"The rule \"{ruleId}\" has more than a weight ({string.Join(", ", definition.Parameters.Select(p => p.Name))}); set it with its own options type (NeedPracticeOptions, PlanBOptions, LowCostOptions).",
                nameof(ruleId));
        }

        return WithValues(ruleId, [options.Weight ?? definition.Parameters[0].Default], nameof(options));
    }

    /// <summary>Returns a copy with one parameter of one rule changed.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="parameter">The parameter name, as the catalog names it (<c>weight</c>, <c>yearsOfExperienceBelow</c>).</param>
    /// <param name="value">The value, within the parameter's range.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">The rule or parameter does not exist, or the value is out of range.</exception>
    internal InterviewPolicy WithRuleParameter(string ruleId, string parameter, double value)
    {
        var index = IndexOf(ruleId);
        var definition = _rules[index].Definition;
        var parameterIndex = definition.RequireParameter(parameter, nameof(parameter));
        var checkedValue = definition.Parameters[parameterIndex].Check(ruleId, value);
        var rules = (RuleSettings[])_rules.Clone();
        rules[index] = rules[index].With(index: parameterIndex, value: checkedValue);
        return new InterviewPolicy(Name, Version, Threshold, Aggregator, rules, _customRules);
    }

    private InterviewPolicy WithValues(string ruleId, double[] values, string argumentName)
    {
        var index = IndexOf(ruleId);
        var definition = _rules[index].Definition;
        var rules = (RuleSettings[])_rules.Clone();
        rules[index] = new RuleSettings(definition, rules[index].Enabled, RuleParameter.CheckAll(ruleId, definition.Parameters, values, argumentName));
        return new InterviewPolicy(Name, Version, Threshold, Aggregator, rules, _customRules);
    }

    /// <summary>Returns a copy that adds a declarative rule after the others.</summary>
    /// <param name="rule">The rule; its id must differ from every other custom rule's.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentException">Another custom rule has the same id.</exception>
    internal InterviewPolicy WithCustomRule(CustomRuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var existing in _customRules)
        {
            if (string.Equals(existing.Id, rule.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The policy already has a custom rule \"{rule.Id}\"; custom rule ids must be unique.", nameof(rule));
            }
        }

        return new InterviewPolicy(Name, Version, Threshold, Aggregator, _rules, [.. _customRules, rule]);
    }

    /// <summary>Makes the rule set this policy describes: the enabled rules, in the article's order, with their parameters.</summary>
    /// <returns>The rule set.</returns>
    public RuleSet<InterviewScenario> CreateRuleSet()
    {
        var builder = RuleSet<InterviewScenario>.CreateBuilder();
        foreach (var settings in _rules)
        {
            if (settings.Enabled)
            {
                builder.Add(settings.Definition.Create(ToDictionary(settings)));
            }
        }

        foreach (var custom in _customRules)
        {
            builder.Add(custom.CreateRule());
        }

        return builder.Build();
    }

    /// <summary>Makes an evaluator for this policy.</summary>
    /// <param name="failFast">Whether a rule that throws stops evaluation; see <see cref="Evaluator{TFacts}.FailFast"/>.</param>
    /// <returns>The evaluator.</returns>
    internal Evaluator<InterviewScenario> CreateEvaluator(bool failFast = false) => new(CreateRuleSet(), Aggregator, Threshold, failFast);

    /// <inheritdoc />
    public override string ToString() => Identity.ToString();

    private static InterviewPolicy CreateArticleDefault()
    {
        var rules = new RuleSettings[ArticleRules.Definitions.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            var definition = ArticleRules.Definitions[i];
            rules[i] = new RuleSettings(definition, enabled: true, RuleParameter.Defaults(definition.Parameters));
        }

        return new InterviewPolicy(ArticleDefaultName, ArticleDefaultVersion, 0, Aggregators.WeightedSumWithVeto, rules);
    }

    private static Dictionary<string, double> ToDictionary(RuleSettings settings)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, value) in settings.Parameters)
        {
            values[name] = value;
        }

        return values;
    }

    private static void CheckLabel(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxNameLength)
        {
            throw new ArgumentException($"{field} is \"{value}\"; it must be a non-blank text of at most {MaxNameLength} characters.", field);
        }
    }

    private int IndexOf(string ruleId)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            if (string.Equals(_rules[i].RuleId, ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"The policy has no rule \"{ruleId}\"; the rules are {ArticleRules.IdList()}.", nameof(ruleId));
    }

    // A policy is often an intermediate step (the reader applies a document's changes one With… at a time): the
    // canonical JSON and its hash are computed once, when first asked for, and only for the policies that are.
    private Identification Identified()
    {
        if (_identified is { } done)
        {
            return done;
        }

        var json = WriteCanonicalJson();
        var fingerprint = "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))).ToLowerInvariant();

        // Two threads may both compute it; the results are equal and either is kept.
        var identified = new Identification(json, new PolicyIdentity(Name, Version, fingerprint));
        Interlocked.CompareExchange(ref _identified, identified, null);
        return _identified;
    }

    private string WriteCanonicalJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, MaxDepth = 256, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("aggregation", Aggregator.Name);
            json.WriteStartArray("customRules");
            foreach (var custom in _customRules)
            {
                custom.WriteCanonical(json);
            }

            json.WriteEndArray();
            json.WriteString("name", Name);
            json.WriteStartObject("rules");
            foreach (var settings in Sorted(_rules, r => r.RuleId))
            {
                json.WriteStartObject(settings.RuleId);
                var names = new List<string>(settings.Parameters.Count + 1) { "enabled" };
                foreach (var (name, _) in settings.Parameters)
                {
                    names.Add(name);
                }

                names.Sort(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    if (name == "enabled")
                    {
                        json.WriteBoolean(name, settings.Enabled);
                    }
                    else
                    {
                        json.WriteNumber(name, settings.Get(name));
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteNumber("threshold", Threshold);
            json.WriteString("version", Version);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static T[] Sorted<T>(T[] items, Func<T, string> key)
    {
        var sorted = (T[])items.Clone();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(key(a), key(b)));
        return sorted;
    }

    private sealed record Identification(string CanonicalJson, PolicyIdentity Identity);
}
