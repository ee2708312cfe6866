using System;
using System.Globalization;
using System.Linq;
using InterviewRules.Article;
using Xunit;

namespace InterviewRules.Tests.Article;

public class PhrasesTests
{
    public static TheoryData<string> Cultures => new() { "en", "es" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryNameTheFactTableAllows_HasItsOwnPhrase(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);

        AssertDistinct(Facts.InterviewerNames.Select(role => Phrases.Interviewer(role, culture)));
        AssertDistinct(Facts.RedFlagNames.Select(flag => Phrases.RedFlag(flag, culture)));
        AssertDistinct(Facts.RedFlagNames.Select(flag => Phrases.RumourQuestion(flag, culture)));
        AssertDistinct(Facts.ConcernNames.Select(concern => Phrases.Concern(concern, culture)));
        Assert.Equal(Phrases.Interviewer("unknown", culture), Phrases.Interviewer(null, culture));
    }

    [Fact]
    public void AName_TheFactTableDoesNotAllow_IsAnError_NotAnotherNamesPhrase()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Phrases.RedFlag("badCoffee", CultureInfo.InvariantCulture));

        Assert.Contains("There is no \"redFlag.\" phrase for \"badCoffee\"; the names are negativeManagement, leadershipConflict", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Phrases.Concern("", CultureInfo.InvariantCulture));
    }

    private static void AssertDistinct(System.Collections.Generic.IEnumerable<string> phrases)
    {
        var all = phrases.ToArray();
        Assert.All(all, phrase => Assert.False(string.IsNullOrWhiteSpace(phrase)));
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
    }
}
