using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>The article rules' texts from the library's resources (keys <c>{ruleId}.title</c>, <c>{ruleId}.source</c>, …) and the phrases their explanations share.</summary>
internal static class Phrases
{
    /// <summary>Gives a rule's texts in a culture's language, with the signed weight as the weight summary.</summary>
    public static Func<CultureInfo, RuleTexts> Rule(string ruleId, double weight) =>
        PerLanguage(ruleId + ".title", ruleId + ".source", culture => WeightText.SignedFor(weight, culture));

    /// <summary>Gives a rule's texts in a culture's language, with the signed weights filled into the text <paramref name="summaryKey"/> as the weight summary.</summary>
    public static Func<CultureInfo, RuleTexts> Rule(string ruleId, string summaryKey, params double[] weights) =>
        Rule(ruleId + ".title", ruleId + ".source", summaryKey, weights);

    /// <summary>
    /// Gives texts under other title and source keys than the rule's own, with the signed weights filled into the
    /// text <paramref name="summaryKey"/>: for a rule whose findings are titled by the part of it that held.
    /// </summary>
    public static Func<CultureInfo, RuleTexts> Rule(string titleKey, string sourceKey, string summaryKey, params double[] weights) =>
        PerLanguage(titleKey, sourceKey, culture => Texts.Format(summaryKey, culture, Array.ConvertAll(weights, w => (object?)WeightText.SignedFor(w, culture))));

    /// <summary>Gives a rule's advice texts <c>{ruleId}.advice.1</c> to <c>{ruleId}.advice.{count}</c>.</summary>
    /// <remarks>Each language's list is built once and shared: findings read their advice without allocating.</remarks>
    public static Func<CultureInfo, IReadOnlyList<string>> Advice(string ruleId, int count)
    {
        var lists = new ReadOnlyArray<string>[Languages.Shipped.Count];
        return culture =>
        {
            var language = Languages.IndexOf(culture);
            if (Volatile.Read(ref lists[language]) is { } list)
            {
                return list;
            }

            var advice = new string[count];
            for (var i = 0; i < count; i++)
            {
                advice[i] = Texts.Get(string.Create(CultureInfo.InvariantCulture, $"{ruleId}.advice.{i + 1}"), culture);
            }

            // Two threads may both build it; the lists are equal and either is kept.
            var shared = ReadOnlyArray<string>.Own(advice);
            Volatile.Write(ref lists[language], shared);
            return shared;
        };
    }

    public static string Interviews(double n, CultureInfo culture) =>
        n == 0 ? Texts.Get("interviews.none", culture)
        : n == 1 ? Texts.Get("interviews.one", culture)
        : Texts.FormatNumber("interviews.other", n, culture);

    // The text keys are made once per name (PhraseKeys, below), so that none is built per call.
    public static string Interviewer(string? role, CultureInfo culture) => Texts.Get(InterviewerKeys.Of(role ?? "unknown"), culture);

    public static string RedFlag(string flag, CultureInfo culture) => Texts.Get(RedFlagKeys.Of(flag), culture);

    /// <summary>What to ask at the interview to test a rumour of this red flag.</summary>
    public static string RumourQuestion(string flag, CultureInfo culture) => Texts.Get(RumourQuestionKeys.Of(flag), culture);

    /// <summary>A concern as people say it ("your doubt that you want the job"), for sentences that name one.</summary>
    public static string Concern(string concern, CultureInfo culture) => Texts.Get(ConcernKeys.Of(concern), culture);

    /// <summary>Names items in a sentence: "a", "a and b", "a, b and c", each phrased by <paramref name="phrase"/>.</summary>
    public static string List(IReadOnlyList<string> items, Func<string, CultureInfo, string> phrase, CultureInfo culture)
    {
        if (items.Count == 1)
        {
            return phrase(items[0], culture);
        }

        var head = new string[items.Count - 1];
        for (var i = 0; i < head.Length; i++)
        {
            head[i] = phrase(items[i], culture);
        }

        return Texts.Format("list.and", culture, string.Join(", ", head), phrase(items[^1], culture));
    }

    // A rule's texts depend only on the language a culture resolves to: each language's are built once and shared.
    private static Func<CultureInfo, RuleTexts> PerLanguage(string titleKey, string sourceKey, Func<CultureInfo, string> weightSummary)
    {
        var texts = new RuleTexts?[Languages.Shipped.Count];
        return culture =>
        {
            var language = Languages.IndexOf(culture);
            if (Volatile.Read(ref texts[language]) is { } built)
            {
                return built;
            }

            // Two threads may both build them; the texts are equal and either is kept.
            built = new RuleTexts(Texts.Get(titleKey, culture), Texts.Get(sourceKey, culture), weightSummary(culture), WeightText.NumberFormat(language));
            Volatile.Write(ref texts[language], built);
            return built;
        };
    }

    // Each phrase's text key is its prefix and the contract name, for every name the fact table allows: a name
    // gets its own text or an error, never another name's text.
    private static readonly PhraseKeys InterviewerKeys = new("interviewer.", Facts.InterviewerNames);
    private static readonly PhraseKeys RedFlagKeys = new("redFlag.", Facts.RedFlagNames);
    private static readonly PhraseKeys RumourQuestionKeys = new("rumour.ask.", Facts.RedFlagNames);
    private static readonly PhraseKeys ConcernKeys = new("concern.", Facts.ConcernNames);

    /// <summary>The text keys of one kind of phrase, one per contract name, made once.</summary>
    private sealed class PhraseKeys(string prefix, IReadOnlyList<string> names)
    {
        private readonly string[] _keys = names.Select(name => prefix + name).ToArray();

        public string Of(string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], name, StringComparison.Ordinal))
                {
                    return _keys[i];
                }
            }

            throw new ArgumentOutOfRangeException(nameof(name), name, $"There is no \"{prefix}\" phrase for \"{name}\"; the names are {string.Join(", ", names)}.");
        }
    }
}
