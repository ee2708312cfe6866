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
    public static Func<CultureInfo, RuleTexts> Rule(string ruleId, double weight) => culture =>
        new RuleTexts(Texts.Get(ruleId + ".title", culture), Texts.Get(ruleId + ".source", culture), WeightText.SignedFor(weight, culture));

    /// <summary>Gives a rule's texts in a culture's language, with the signed weights filled into the text <paramref name="summaryKey"/> as the weight summary.</summary>
    public static Func<CultureInfo, RuleTexts> Rule(string ruleId, string summaryKey, params double[] weights) => culture =>
        new RuleTexts(
            Texts.Get(ruleId + ".title", culture),
            Texts.Get(ruleId + ".source", culture),
            Texts.Format(summaryKey, culture, Array.ConvertAll(weights, w => (object?)WeightText.SignedFor(w, culture))));

    /// <summary>Gives a rule's advice texts <c>{ruleId}.advice.1</c> to <c>{ruleId}.advice.{count}</c>.</summary>
    /// <remarks>Each language's list is built once and shared: findings read their advice without allocating.</remarks>
    public static Func<CultureInfo, IReadOnlyList<string>> Advice(string ruleId, int count)
    {
        var lists = new string[Languages.Shipped.Count][];
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
            Volatile.Write(ref lists[language], advice);
            return advice;
        };
    }

    public static string Interviews(double n, CultureInfo culture) =>
        n == 0 ? Texts.Get("interviews.none", culture)
        : n == 1 ? Texts.Get("interviews.one", culture)
        : Texts.Format("interviews.other", culture, WeightText.NumberFor(n, culture));

    public static string Interviewer(string? role, CultureInfo culture) => role switch
    {
        "recruiter" or "hiringManager" or "departmentHead" or "executive" or "peer" => Texts.Get("interviewer." + role, culture),
        _ => Texts.Get("interviewer.unknown", culture),
    };

    public static string RedFlag(string flag, CultureInfo culture) => flag switch
    {
        "negativeManagement" or "leadershipConflict" or "highTurnover" or "hostileCulture" => Texts.Get("redFlag." + flag, culture),
        _ => flag,
    };
}
