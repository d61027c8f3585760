package dev.paperbot.understand;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a question asks, as far as rules and the corpus can tell: its signals (kind cues), the
 * papers it names, the thing it asks about, authors and dates.
 *
 * @param cleaned the question without mentions, markup and noise, as typed otherwise
 * @param normalized {@code cleaned} lower-cased with typos corrected: what the rules read
 * @param signals the kind cues that fired
 * @param terms every index term of the question
 * @param refs papers the question names, best first
 * @param thing index terms of what the question is about, frame words dropped, in order
 * @param rest {@code thing} without the terms that named a paper
 * @param authors corpus authors named in the question
 * @param dates the publication span the question names, if any
 * @param counted the term of what "how many" counts ("how many H800 GPUs" → gpus), if asked
 * @param excluded ids of papers the question rules out ("not v2, the 1.5 one")
 * @param focus the terms of {@code thing} that look like names, not words of English ("mla" of "wtf
 *     is MLA, short version"): what to look for when the whole thing is not found
 * @param typedNames terms typed as names, with capitals inside ("MMMU", "GRPO", "mHC")
 */
public record Interpretation(
    String cleaned,
    String normalized,
    EnumSet<Signal> signals,
    Set<String> terms,
    List<PaperNames.Ref> refs,
    List<String> thing,
    List<String> rest,
    List<Authors.Match> authors,
    Optional<DateRange> dates,
    Optional<String> counted,
    Set<String> excluded,
    List<String> focus,
    Set<String> typedNames) {

  /** The same reading about {@code only} these terms of the thing. */
  public Interpretation focusedOn(List<String> only) {
    return new Interpretation(
        cleaned,
        normalized,
        signals,
        terms,
        refs,
        List.copyOf(only),
        rest.stream().filter(only::contains).toList(),
        authors,
        dates,
        counted,
        excluded,
        List.copyOf(only),
        typedNames);
  }

  /** The same reading without one cue: how the question reads when that cue leads nowhere. */
  public Interpretation without(Signal s) {
    EnumSet<Signal> fewer = EnumSet.copyOf(signals);
    fewer.remove(s);
    return new Interpretation(
        cleaned,
        normalized,
        fewer,
        terms,
        refs,
        thing,
        rest,
        authors,
        dates,
        counted,
        excluded,
        focus,
        typedNames);
  }

  public boolean has(Signal s) {
    return signals.contains(s);
  }

  public boolean isBlank() {
    return cleaned.isBlank() || (terms.isEmpty() && signals.isEmpty());
  }
}
