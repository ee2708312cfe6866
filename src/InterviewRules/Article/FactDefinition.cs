using System;
using System.Collections.Generic;
using InterviewRules.Engine;

namespace InterviewRules.Article;

/// <summary>
/// One scenario fact: its position in the table, path and type; what a scenario document may hold for it (limits or
/// names, whether it is required, its default); and how it is read from a scenario. The facts themselves are declared
/// once, in <see cref="Facts"/>, with the <see cref="Table"/> builder. Written in code, no reflection: a policy can
/// name only what is listed there.
/// </summary>
internal sealed class FactDefinition
{
    private FactDefinition(int index, string path, FactType type, Func<InterviewScenario, FactValue> read)
    {
        Index = index;
        Path = path;
        Type = type;
        Read = read;
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        Parent = dot < 0 ? null : path[..dot];
        Name = path[(dot + 1)..];
    }

    /// <summary>Gets every fact, in the scenario contract's order (the table of <see cref="Facts"/>).</summary>
    public static IReadOnlyList<FactDefinition> All => Facts.All;

    /// <summary>Gets the fact's position in <see cref="All"/>: small and stable, for arrays indexed by fact.</summary>
    public int Index { get; }

    /// <summary>Gets the fact's path (<c>candidate.yearsOfExperience</c>).</summary>
    public string Path { get; }

    /// <summary>Gets the document's object that holds the fact (<c>candidate</c>), or <see langword="null"/> for a top-level one.</summary>
    public string? Parent { get; }

    /// <summary>Gets the fact's property name in its object (<c>yearsOfExperience</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the fact's type.</summary>
    public FactType Type { get; }

    /// <summary>Gets how the fact is read from a scenario.</summary>
    public Func<InterviewScenario, FactValue> Read { get; }

    /// <summary>Gets how a number fact is read for a comparison; <see langword="null"/> for other types.</summary>
    public Func<InterviewScenario, double>? ReadNumber { get; private init; }

    /// <summary>
    /// Gets how a boolean, choice or list fact is read for a comparison: one bit per value the fact holds, at the
    /// value's position in <see cref="AllowedValues"/> (a boolean: bit 0 false, bit 1 true); <see langword="null"/> for
    /// numbers and free texts.
    /// </summary>
    public Func<InterviewScenario, ulong>? ReadBits { get; private init; }

    /// <summary>Gets how a free text is read for a comparison; <see langword="null"/> for other types.</summary>
    public Func<InterviewScenario, string?>? ReadText { get; private init; }

    /// <summary>Gets the facts a derived number adds up (travel plus interview); empty for a fact of the document.</summary>
    public IReadOnlyList<FactDefinition> Terms { get; private init; } = ReadOnlyArray<FactDefinition>.Empty;

    /// <summary>Gets whether a scenario document holds the fact; <see langword="false"/> for one derived from others, which only conditions read.</summary>
    public bool InDocument { get; private init; } = true;

    /// <summary>Gets whether a scenario document must give the fact.</summary>
    public bool Required { get; private init; }

    /// <summary>Gets the value of an optional fact a document leaves out.</summary>
    public FactValue Default { get; private init; }

    /// <summary>Gets a number's limits, or <see langword="null"/> for other types.</summary>
    public ScenarioContract.NumberSpec? Limits { get; private init; }

    /// <summary>Gets the longest a free text may be; 0 for other types.</summary>
    public int MaxLength { get; private init; }

    /// <summary>Gets the names the fact can take (or, for lists, contain); empty when any text is allowed. Read-only.</summary>
    public IReadOnlyList<string> AllowedValues { get; private init; } = ReadOnlyArray<string>.Empty;

    /// <summary>Finds a fact by path.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The fact, or <see langword="null"/>.</returns>
    public static FactDefinition? Find(string? path)
    {
        foreach (var fact in Facts.All)
        {
            if (string.Equals(fact.Path, path, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }

    /// <summary>Lists the paths of every fact, for sentences.</summary>
    public static string Paths()
    {
        var paths = new string[Facts.All.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = Facts.All[i].Path;
        }

        return string.Join(", ", paths);
    }

    /// <summary>Reads the fact of a scenario as evidence. Allocation-free: lists are the scenario's own, read-only.</summary>
    public Evidence Evidence(InterviewScenario scenario) => new(Path, Read(scenario));

    /// <summary>Reports a number outside the fact's limits: "<c>candidate.yearsOfExperience is -2; it must be between 0 and 70.</c>"</summary>
    public void Check(List<InputError> errors, double value) => ScenarioContract.CheckNumber(errors, Limits!, value);

    /// <summary>Reports a free text that is blank or too long.</summary>
    public void Check(List<InputError> errors, string? text, string? field = null)
    {
        if (text is not null && (text.Length > MaxLength || string.IsNullOrWhiteSpace(text)))
        {
            field ??= Path;
            var shown = text.Length > 40 ? $"a text of {text.Length} characters" : $"\"{text}\"";
            errors.Add(new InputError(InputError.PathOf(field), $"{field} is {shown}; it must be a non-blank text of at most {MaxLength} characters, or be left out."));
        }
    }

    /// <summary>
    /// Declares the facts of a table, one call per fact, in contract order: each fact's <see cref="Index"/> is its
    /// position. The facts of one object must be declared together.
    /// </summary>
    internal sealed class Table
    {
        private readonly List<FactDefinition> _facts = [];

        /// <summary>Gets the facts declared so far, read-only.</summary>
        public IReadOnlyList<FactDefinition> Declared => _facts.AsReadOnly();

        /// <summary>A number between <paramref name="minimum"/> (or above it, when exclusive) and <paramref name="maximum"/>; required unless it has a default.</summary>
        public FactDefinition Number(string path, double minimum, double maximum, Func<InterviewScenario, double> read, bool whole = false, bool exclusiveMinimum = false, double? defaultValue = null) =>
            Add(new(_facts.Count, path, FactType.Number, s => FactValue.FromNumber(read(s)))
            {
                ReadNumber = read,
                Limits = new(path, minimum, maximum, exclusiveMinimum, whole),
                Required = defaultValue is null,
                Default = defaultValue is { } value ? FactValue.FromNumber(value) : default,
            });

        /// <summary>A required boolean.</summary>
        public FactDefinition Boolean(string path, Func<InterviewScenario, bool> read) =>
            Add(new(_facts.Count, path, FactType.Boolean, s => FactValue.FromBoolean(read(s))) { Required = true, ReadBits = s => read(s) ? 2UL : 1UL });

        /// <summary>A required value of an enum, named by <paramref name="names"/>.</summary>
        public FactDefinition Choice<TEnum>(string path, EnumNames<TEnum> names, Func<InterviewScenario, TEnum> read)
            where TEnum : struct, Enum =>
            Add(new(_facts.Count, path, FactType.Text, s => FactValue.FromText(names.Of(read(s))))
            {
                Required = true,
                AllowedValues = names,
                ReadBits = s => 1UL << EnumNames<TEnum>.IndexOf(read(s)),
            });

        /// <summary>An optional non-blank text of at most <paramref name="maxLength"/> characters; absent when <see langword="null"/>.</summary>
        public FactDefinition Text(string path, int maxLength, Func<InterviewScenario, string?> read) =>
            Add(new(_facts.Count, path, FactType.Text, s => FactValue.FromText(read(s))) { MaxLength = maxLength, Default = FactValue.FromText(null), ReadText = read });

        /// <summary>An optional list of distinct values of an enum, named by <paramref name="names"/>; empty when absent. <paramref name="bits"/> reads the values held as one bit each.</summary>
        public FactDefinition List<TEnum>(string path, EnumNames<TEnum> names, Func<InterviewScenario, IReadOnlyList<string>> read, Func<InterviewScenario, ulong> bits)
            where TEnum : struct, Enum =>
            Add(new(_facts.Count, path, FactType.List, s => FactValue.FromReadOnlyList(read(s)))
            {
                AllowedValues = names,
                Default = FactValue.FromReadOnlyList(ReadOnlyArray<string>.Empty),
                ReadBits = bits,
            });

        /// <summary>The sum of two number facts: conditions can read it, documents never hold it, and reasoning sees its terms.</summary>
        public FactDefinition Sum(string path, FactDefinition first, FactDefinition second)
        {
            var a = first.ReadNumber!;
            var b = second.ReadNumber!;
            double Read(InterviewScenario s) => a(s) + b(s);
            return Add(new(_facts.Count, path, FactType.Number, s => FactValue.FromNumber(Read(s))) { InDocument = false, ReadNumber = Read, Terms = ReadOnlyArray<FactDefinition>.Own([first, second]) });
        }

        private FactDefinition Add(FactDefinition fact)
        {
            foreach (var earlier in _facts)
            {
                if (string.Equals(earlier.Path, fact.Path, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The fact {fact.Path} is declared twice.");
                }
            }

            if (fact.InDocument && fact.Parent is not null)
            {
                // The JSON reader and writer open each object once: its facts must follow one another.
                var last = _facts.FindLast(f => f.InDocument);
                if (last is not null && last.Parent != fact.Parent && _facts.Exists(f => f.InDocument && f.Parent == fact.Parent))
                {
                    throw new InvalidOperationException($"The fact {fact.Path} must be declared next to the other facts of {fact.Parent}.");
                }
            }

            _facts.Add(fact);
            return fact;
        }
    }
}
