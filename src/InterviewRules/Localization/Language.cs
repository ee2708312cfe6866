using System;
using System.Globalization;
using System.Resources;
using System.Threading;

namespace InterviewRules.Localization;

/// <summary>
/// One language the library's texts ship in: its code, how it writes numbers, and where its texts are. The list of
/// them is <see cref="Languages"/>; what is derived from a language (its texts, its common numbers) is kept here.
/// </summary>
internal sealed class Language
{
    private readonly Lazy<CultureInfo?> _culture;
    private TextTable? _texts;

    /// <summary>Describes a language.</summary>
    /// <param name="code">Its ISO 639 code, also the name of its satellite resources (<c>Texts.{code}.resx</c>).</param>
    /// <param name="englishName">Its name in English, for descriptions written for chat assistants.</param>
    /// <param name="decimalSeparator">What separates a number's whole part from its fraction in texts.</param>
    /// <param name="resources">Where its texts are: the library's own resources when <see langword="null"/>.</param>
    public Language(string code, string englishName, string decimalSeparator, ResourceManager? resources = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrEmpty(decimalSeparator);
        Code = code;
        EnglishName = englishName;
        NumberFormat = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator });
        Resources = resources;
        _culture = new Lazy<CultureInfo?>(() => CreateCulture(code), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Gets the language's ISO 639 code, as the JSON contract's <c>language</c> writes it.</summary>
    public string Code { get; }

    /// <summary>Gets the language's name in English.</summary>
    public string EnglishName { get; }

    /// <summary>Gets how texts in the language write numbers: invariant, with the language's decimal separator.</summary>
    public NumberFormatInfo NumberFormat { get; }

    /// <summary>Gets the resources the language's texts are read from; <see langword="null"/> for the library's own.</summary>
    public ResourceManager? Resources { get; }

    /// <summary>Gets the language's position in <see cref="Languages.Shipped"/>, given when it is registered.</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>Gets the neutral culture of the language, or <see langword="null"/> when this process cannot create it (invariant globalization with predefined cultures only).</summary>
    public CultureInfo? Culture => _culture.Value;

    /// <summary>Gets the language's texts, read from the resources on first use.</summary>
    public TextTable Texts => Volatile.Read(ref _texts) ?? LoadTexts();

    /// <summary>Gets the texts of the common numbers (<see cref="WeightText"/>'s grid), filled on first use.</summary>
    internal string?[] Numbers { get; } = new string?[WeightText.GridSize];

    /// <summary>Gets the same with a plus sign for positive numbers.</summary>
    internal string?[] SignedNumbers { get; } = new string?[WeightText.GridSize];

    private TextTable LoadTexts()
    {
        // Two threads may both read the resources; the tables are equal and the first one stored is kept.
        var table = TextTable.Load(this);
        return Interlocked.CompareExchange(ref _texts, table, null) ?? table;
    }

    private static CultureInfo? CreateCulture(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
