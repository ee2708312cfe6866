using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules.Article;
using InterviewRules.Engine;
using InterviewRules.Localization;

namespace InterviewRules.Assessing;

/// <summary>The words of an assessment for the person: its summary and its questions. No rule id, no unknown fact stated.</summary>
internal static class AssessmentTexts
{
    /// <summary>The most unknown facts named one by one in a settled summary; more read as "anything else".</summary>
    private const int MaxNamed = 3;

    public static string Question(string item, CultureInfo? culture) => Texts.Get("question." + item, culture);

    public static string Summary(Assessment assessment, CultureInfo? culture)
    {
        switch (assessment.Status)
        {
            case AssessmentStatus.Settled:
                var accept = assessment.Decision == Verdict.Accept;
                var unknown = assessment.Unknown;
                var head = unknown.Count == 0 ? Texts.Get(accept ? "assess.settled.accept" : "assess.settled.decline", culture)
                    : unknown.Count > MaxNamed ? Texts.Get(accept ? "assess.settled.acceptAnyway" : "assess.settled.declineAnyway", culture)
                    : Texts.Format(accept ? "assess.settled.acceptWhatever" : "assess.settled.declineWhatever", culture, Join([.. unknown.Select(u => Texts.Get("about." + u, culture))], culture));
                var reasons = assessment.Findings.Where(f => accept ? f.WeightRange.Min > 0 : f.Veto || f.WeightRange.Max < 0).Take(3).Select(f => f.GetTitle(culture)).ToList();
                return reasons.Count == 0 ? head : head + " " + Texts.Format("assess.reasons", culture, Join(reasons, culture));

            case AssessmentStatus.Open:
                var first = assessment.Questions[0];
                var about = Texts.Get("about." + first.Fact, culture);

                // Where every answer leaves it open, listing them says nothing: it depends on more than this one fact.
                var depends = first.Answers.All(a => a.Status != AssessmentStatus.Settled)
                    ? Texts.Format("assess.openMore", culture, about)
                    : Texts.Format("assess.open", culture, about, string.Join("; ", first.Answers.Select(a => Texts.Format("assess.then", culture, If(first.Fact, a.Answer, culture), Then(a, culture)))));
                return depends + " " + Texts.Format(first.SettlesAlways ? "assess.ask.settles" : "assess.ask.first", culture, first.GetText(culture));

            default:
                var why = Texts.Get(assessment.Reason is null ? "assess.undetermined" : "assess.undeterminedWork", culture);
                return assessment.Questions.Count == 0 ? why : why + " " + Texts.Format("assess.ask.first", culture, assessment.Questions[0].GetText(culture));
        }
    }

    private static string Join(List<string> items, CultureInfo? culture) =>
        items.Count == 1 ? items[0] : Texts.Format("list.and", culture, string.Join(", ", items.Take(items.Count - 1)), items[^1]);

    private static string Then(AssessmentAnswer answer, CultureInfo? culture) => Texts.Get(
        answer.Status switch
        {
            AssessmentStatus.Settled => answer.Decision == Verdict.Accept ? "assess.then.accept" : "assess.then.decline",
            AssessmentStatus.Open => "assess.then.open",
            _ => "assess.then.undetermined",
        },
        culture);

    /// <summary>An answer class as a condition in words: "if yes", "if by video", "if more than 1 and at most 3".</summary>
    private static string If(string fact, string answer, CultureInfo? culture)
    {
        var item = Item.Find(fact)!;
        if (item.IsYesNo)
        {
            return Texts.Get(answer == "true" ? "assess.if.yes" : "assess.if.no", culture);
        }

        if (item.IsFlag)
        {
            return Texts.Get("assess.if." + answer, culture);
        }

        if (item.Kind == ItemKind.Number)
        {
            return Texts.Format("assess.if.number", culture, Range(item, answer, culture));
        }

        if (ReferenceEquals(item.Fact, Facts.Format))
        {
            return Texts.Format("assess.if.value", culture, Texts.Get("assess.format." + answer, culture));
        }

        if (ReferenceEquals(item.Fact, Facts.Interviewer))
        {
            return Texts.Format("assess.if.value", culture, Phrases.Interviewer(answer, culture ?? CultureInfo.InvariantCulture));
        }

        return answer switch
        {
            "other" => Texts.Get("assess.if.other", culture),
            "none" => Texts.Get("assess.if.absent", culture),
            _ => Texts.Format("assess.if.value", culture, answer),
        };
    }

    /// <summary>A class label (<c>&lt;= 1</c>, <c>(1, 3]</c>, <c>&gt; 3</c>, <c>= 2</c>) in words.</summary>
    private static string Range(Item item, string label, CultureInfo? culture)
    {
        // With the item's unit where the texts have one ("1 hour", "3 years"); a bare number otherwise.
        var unit = ReferenceEquals(item.Fact, Facts.YearsOfExperience) ? "year"
            : ReferenceEquals(item.Fact, Facts.OtherOpportunities) ? "otherOpportunity"
            : item.Fact == Facts.TravelHours || item.Fact == Facts.DurationHours ? "hour"
            : null;
        string N(string number)
        {
            var value = double.Parse(number, CultureInfo.InvariantCulture);
            return unit is null ? WeightText.NumberFor(value, culture ?? CultureInfo.InvariantCulture) : Texts.Count(value, unit, culture);
        }
        if (label.StartsWith("<= ", System.StringComparison.Ordinal))
        {
            return Texts.Format("assess.number.atMost", culture, N(label[3..]));
        }

        if (label.StartsWith(">= ", System.StringComparison.Ordinal))
        {
            return Texts.Format("assess.number.atLeast", culture, N(label[3..]));
        }

        if (label[0] is '<' or '>' or '=')
        {
            var key = label[0] switch { '<' => "assess.number.lessThan", '>' => "assess.number.moreThan", _ => "assess.number.exactly" };
            return Texts.Format(key, culture, N(label[2..]));
        }

        var comma = label.IndexOf(',', System.StringComparison.Ordinal);
        var low = label[1..comma];
        var high = label[(comma + 2)..^1];
        var from = Texts.Format(label[0] == '(' ? "assess.number.moreThan" : "assess.number.atLeast", culture, N(low));
        var to = Texts.Format(label[^1] == ']' ? "assess.number.atMost" : "assess.number.lessThan", culture, N(high));
        return Texts.Format("assess.number.both", culture, from, to);
    }
}
