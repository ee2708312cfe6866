using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Policies;

/// <summary>
/// A rule a policy adds without code: when its condition holds it produces a finding of a fixed kind, effect and
/// weight, whose explanation fills <c>{fact.path}</c> placeholders from the scenario. Immutable; validated when created.
/// </summary>
internal sealed class CustomRuleDefinition
{
    /// <summary>The largest weight magnitude a custom rule may have.</summary>
    public const double MaxWeight = 100;

    /// <summary>Creates a custom rule.</summary>
    /// <param name="id">A kebab-case id, not one of the article's.</param>
    /// <param name="kind">The kind of finding.</param>
    /// <param name="effect">Which way the finding pushes; it signs the weight (neutral means weight 0).</param>
    /// <param name="weight">The weight magnitude, 0 to 100.</param>
    /// <param name="veto">Whether the finding vetoes.</param>
    /// <param name="title">The title for people.</param>
    /// <param name="explanation">The explanation for people; <c>{fact.path}</c> placeholders are filled from the scenario.</param>
    /// <param name="source">What the rule rests on (<c>house policy</c>).</param>
    /// <param name="when">When the rule fires.</param>
    /// <exception cref="ArgumentException">A value breaks these limits.</exception>
    public CustomRuleDefinition(string id, FindingKind kind, FindingEffect effect, double weight, bool veto, string title, string explanation, string source, Condition when)
    {
        ArgumentNullException.ThrowIfNull(when);
        if (Article.ArticleRules.Find(id) is not null)
        {
            throw new ArgumentException($"The custom rule id \"{id}\" is one of the article's rules; choose another id.", nameof(id));
        }

        if (!Enum.IsDefined(effect))
        {
            throw new ArgumentOutOfRangeException(nameof(effect), effect, "The effect must be Accept, Decline or Neutral.");
        }

        if (!double.IsFinite(weight) || weight < 0 || weight > MaxWeight)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"The weight of custom rule \"{id}\" is {ScenarioContract.Format(weight)}; it must be a magnitude between 0 and {MaxWeight}.");
        }

        var unknown = UnknownPlaceholder(explanation ?? throw new ArgumentNullException(nameof(explanation)));
        if (unknown is not null)
        {
            throw new ArgumentException($"The explanation of custom rule \"{id}\" names the placeholder {{{unknown}}}, which is not a fact; the facts are {FactDefinition.Paths()}.", nameof(explanation));
        }

        Descriptor = new RuleDescriptor(id, kind, title, source, veto ? "veto" : WeightText.Signed(Signed(effect, weight)));
        Effect = effect;
        Weight = weight == 0 ? 0 : weight;
        Veto = veto;
        Explanation = explanation;
        When = when;
    }

    /// <summary>Gets what the rule is.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Gets the rule's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Gets which way the finding pushes.</summary>
    public FindingEffect Effect { get; }

    /// <summary>Gets the weight magnitude.</summary>
    public double Weight { get; }

    /// <summary>Gets whether the finding vetoes.</summary>
    public bool Veto { get; }

    /// <summary>Gets the explanation template.</summary>
    public string Explanation { get; }

    /// <summary>Gets when the rule fires.</summary>
    public Condition When { get; }

    /// <summary>Gets the finding's signed weight.</summary>
    public double SignedWeight => Signed(Effect, Weight);

    /// <summary>Makes the rule.</summary>
    /// <returns>The rule.</returns>
    public IRule<InterviewScenario> CreateRule()
    {
        // Evidence: every fact the condition reads, then any the explanation names, each once.
        var paths = new List<string>();
        When.CollectFacts(paths);
        foreach (var name in Placeholders(Explanation))
        {
            if (!paths.Contains(name))
            {
                paths.Add(name);
            }
        }

        return new RuleEntry
        {
            Descriptor = Descriptor,
            When = When,
            Parts = [new WeightPart(Condition.Always, SignedWeight)],
            Veto = Veto,
            Evidence = paths.ConvertAll(path => new EvidenceItem(FactDefinition.Find(path)!)),
            Words = new RuleWords(Descriptor, Fill),
            ShowsConditions = true,
        }.ToRule();
    }

    /// <summary>How each leaf condition of a custom rule's finding came out.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The leaf conditions' results, in the condition's order; <see langword="null"/> for any other finding.</returns>
    internal static IReadOnlyList<ConditionResult>? ConditionsOf(Finding finding) => finding.Detail is ConditionResult[] { Length: > 0 } conditions ? conditions : null;

    /// <summary>Fills each <c>{fact.path}</c> of the template once, left to right: a value is never read as a template.</summary>
    private string Fill(Finding finding, System.Globalization.CultureInfo culture)
    {
        var template = Explanation;
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            text.Append(template, at, open - at);
            var path = template.Substring(open + 1, close - open - 1);
            if (finding.TryGetEvidence(path, out var value))
            {
                text.Append(value.ToString());
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            at = close + 1;
        }

        return text.ToString();
    }

    /// <summary>Finds the first <c>{placeholder}</c> of a template that is not a registered fact.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The placeholder's name, or <see langword="null"/> when all are facts.</returns>
    public static string? UnknownPlaceholder(string template)
    {
        foreach (var name in Placeholders(template))
        {
            if (FactDefinition.Find(name) is null)
            {
                return name;
            }
        }

        return null;
    }

    internal static IEnumerable<string> Placeholders(string template)
    {
        var start = template.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = template.IndexOf('}', start + 1);
            if (end < 0)
            {
                yield break;
            }

            yield return template[(start + 1)..end];
            start = template.IndexOf('{', end + 1);
        }
    }

    internal void WriteCanonical(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("effect", ContractNames.Of(Effect));
        json.WriteString("explanation", Explanation);
        json.WriteString("id", Id);
        json.WriteString("kind", ContractNames.Of(Descriptor.Kind));
        json.WriteString("source", Descriptor.Source);
        json.WriteString("title", Descriptor.Title);
        json.WriteBoolean("veto", Veto);
        json.WritePropertyName("weight");
        json.WriteNumberValue(Weight);
        json.WritePropertyName("when");
        When.WriteCanonical(json);
        json.WriteEndObject();
    }

    private static double Signed(FindingEffect effect, double weight) => effect switch
    {
        FindingEffect.Accept => weight,
        FindingEffect.Decline => -weight,
        _ => 0,
    };
}
