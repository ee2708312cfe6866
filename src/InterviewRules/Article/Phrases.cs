using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Article;

/// <summary>The article rules' texts from the library's resources (keys <c>{ruleId}.title</c>, <c>{ruleId}.source</c>, …) and the phrases their explanations share.</summary>
internal static class Phrases
{
    /// <summary>Gives a rule's texts in a culture's language, with the signed weight as the weight summary.</summary>
    public static Func<CultureInfo, RuleTexts> Rule(string ruleId, double weight) =>
        PerLanguage(ruleId, culture => WeightText.SignedFor(weight, culture));

    /// <summary>Gives a rule's texts in a culture's language, with the signed weights filled into the text <paramref name="summaryKey"/> as the weight summary.</summary>
    public static Func<CultureInfo, RuleTexts> Rule(string ruleId, string summaryKey, params double[] weights) =>
        PerLanguage(ruleId, culture => Texts.Format(summaryKey, culture, Array.ConvertAll(weights, w => (object?)WeightText.SignedFor(w, culture))));

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

    // Each key spelled out, so that no key is built per call.
    public static string Interviewer(string? role, CultureInfo culture) => Texts.Get(
        role switch
        {
            "recruiter" => "interviewer.recruiter",
            "hiringManager" => "interviewer.hiringManager",
            "departmentHead" => "interviewer.departmentHead",
            "executive" => "interviewer.executive",
            "peer" => "interviewer.peer",
            _ => "interviewer.unknown",
        },
        culture);

    public static string RedFlag(string flag, CultureInfo culture) => flag switch
    {
        "negativeManagement" => Texts.Get("redFlag.negativeManagement", culture),
        "leadershipConflict" => Texts.Get("redFlag.leadershipConflict", culture),
        "highTurnover" => Texts.Get("redFlag.highTurnover", culture),
        "hostileCulture" => Texts.Get("redFlag.hostileCulture", culture),
        _ => flag,
    };

    // A rule's texts depend only on the language a culture resolves to: each language's are built once and shared.
    private static Func<CultureInfo, RuleTexts> PerLanguage(string ruleId, Func<CultureInfo, string> weightSummary)
    {
        var texts = new RuleTexts?[Languages.Shipped.Count];
        var titleKey = ruleId + ".title";
        var sourceKey = ruleId + ".source";
        return culture =>
        {
            var language = Languages.IndexOf(culture);
            if (Volatile.Read(ref texts[language]) is { } built)
            {
                return built;
            }

            // Two threads may both build them; the texts are equal and either is kept.
            built = new RuleTexts(Texts.Get(titleKey, culture), Texts.Get(sourceKey, culture), weightSummary(culture));
            Volatile.Write(ref texts[language], built);
            return built;
        };
    }
}
