using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using InterviewRules.Localization;
using Xunit;

namespace InterviewRules.Tests.Localization;

public class LanguagesTests
{
    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("ES", "es")]
    [InlineData("es_MX", "es")]
    [InlineData("es-419", "es")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    public void TryResolve_ATagOfAShippedLanguage_GivesThatLanguagesCulture(string tag, string language)
    {
        Assert.True(Languages.TryResolve(tag, out var culture, out var problem));

        Assert.Null(problem);
        Assert.Equal(language, culture.Name);
        Assert.Equal(language, Languages.Resolve(culture));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("fr-FR")]
    [InlineData("de")]
    public void TryResolve_ALanguageThatDoesNotShip_IsRefused_NamingTheTagAndTheShippedLanguages(string tag)
    {
        Assert.False(Languages.TryResolve(tag, out var culture, out var problem));

        Assert.Null(culture);
        Assert.Equal($"\"{tag}\" is in a language no texts ship in; texts ship in en, es, so it must be one of those or a regional tag of one, such as en-GB.", problem);
    }

    [Theory]
    [InlineData("xx-not-a-culture")]
    [InlineData("e s")]
    [InlineData("es/MX")]
    public void TryResolve_NotACultureName_IsRefused(string tag)
    {
        Assert.False(Languages.TryResolve(tag, out _, out var problem));

        Assert.StartsWith($"\"{tag}\" is not a culture name this machine knows; texts ship in en, es", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void TryResolve_Empty_IsRefused(string tag)
    {
        Assert.False(Languages.TryResolve(tag, out _, out var problem));

        Assert.StartsWith($"\"{tag}\" is empty; texts ship in en, es", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryResolve_ALongTag_IsEchoedCut()
    {
        Assert.False(Languages.TryResolve(new string('x', 500), out _, out var problem));

        Assert.StartsWith($"\"{new string('x', 40)}…\" is not a culture name", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_AfterTheListWasRead_Throws_AndSaysWhy()
    {
        _ = Languages.Shipped;

        var error = Assert.Throws<InvalidOperationException>(() => Languages.Register(new Language("qps", "Pseudo", "·")));
        Assert.Contains("was read already", error.Message, StringComparison.Ordinal);
        Assert.Equal(["en", "es"], Languages.Shipped);
    }

    [Fact]
    public void EveryShippedLanguage_HasItsNumberFormat()
    {
        Assert.Equal(["+0.5", "+0,5"], Languages.All.Select(l => WeightText.SignedFor(0.5, l)));
        Assert.All(Languages.All, l => Assert.Equal(l.Index, Languages.Shipped.ToList().IndexOf(l.Code)));
    }

    [Theory]
    [InlineData("recommendation")]
    [InlineData("ranking")]
    public void TheContractsLanguageEnum_IsTheShippedList_InTheLibraryAndInDocs(string schema)
    {
        var library = JsonNode.Parse(InterviewJson.Schema(schema))!;
        var docs = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder(), schema + ".schema.json")))!;

        Assert.Equal(Languages.Shipped, library["properties"]!["language"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(Languages.Shipped, docs["properties"]!["language"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    private static string SchemaFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(file)!, "..", "..", "..", "docs", "schemas");
}
