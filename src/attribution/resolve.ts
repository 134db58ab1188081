/**
 * From a speaker phrase to an entity: names through the registry (surname, "Mr X" → the full name),
 * pronouns to the nearest earlier compatible person or speaker, role nouns ("the professor") to
 * whoever was introduced with that role, unnamed sources as written.
 */
import type { DocModel, ParagraphModel } from './doc.ts';
import { sentenceIndexAt } from './doc.ts';
import { sourceHead, type Entity, type EntityRegistry, type NameMention } from './entities.ts';
import { possessiveAt } from './text.ts';
import { nounPhraseEndingAt, type SpeakerPhrase } from './phrases.ts';
import { DOCUMENT_HEADS, NAME_TITLES, SOURCE_NOUNS, speechVerb } from './lexicon.ts';
import { ownTable } from '../lexicon/own-table.ts';
import { stemWord } from '../lexicon/stem.ts';
import { relatedOf } from '../lexicon/wordnet.ts';
import { isPersonNoun } from '../lexicon/person-nouns.ts';
import { isNonSpeakerName, isPartyMemberNoun, isPersonLabel, nameKnowledge } from './names.ts';

interface Event {
  paragraph: number;
  offset: number;
  sentence: number;
  entity: Entity;
  speaker: boolean;
  /** An unnamed group mentioned in passing: an antecedent for "they" only. */
  groupOnly?: boolean;
  /**
   * A name that only qualifies another ("Obama consultant Cornell Belcher", "the Herald’s Ann
   * Lee") or that stands inside quoted words: never what a later he or she refers to.
   */
  notAntecedent?: 'modifier' | 'quoted';
}

/** How far back (in paragraphs) a pronoun looks before settling for any earlier person. */
const PRONOUN_WINDOW = 4;

export class Resolver {
  private readonly events: Event[] = [];

  constructor(
    private readonly doc: DocModel,
    private readonly registry: EntityRegistry,
  ) {
    for (const m of registry.mentions) {
      const notAntecedent = this.modifiesNextName(m) ? 'modifier' : doc.byN.get(m.paragraph)?.inQuote[m.first] ? 'quoted' : undefined;
      this.events.push({ paragraph: m.paragraph, offset: m.start, sentence: this.sentenceOf(m.paragraph, m.start), entity: m.entity, speaker: false, notAntecedent });
    }
    this.addGroupMentions();
  }

  /**
   * "Obama consultant Cornell Belcher", "Acme Corp chief Ann Lee", "the Herald’s Ann Lee": the first
   * name, then (after a possessive, or up to three lower-case role words) a person's name.
   */
  private modifiesNextName(m: NameMention): boolean {
    const p = this.doc.byN.get(m.paragraph);
    if (!p) return false;
    let k = m.last + 1;
    if (possessiveAt(p.tokens, m.last)) {
      if (/^[’']$/.test(p.tokens[k]?.text ?? '')) k++;
    } else {
      const roleWords: string[] = [];
      while (roleWords.length < 3 && /^\p{Ll}[\p{L}-]*$/u.test(p.tokens[k]?.text ?? '') && !p.inQuote[k]) roleWords.push(p.tokens[k++]!.text);
      // Whether a name follows is asked first: few mentions have one, and the role test is dearer.
      if (roleWords.length === 0 || !this.personNamedAt(m, k)) return false;
      // Role nouns only ("consultant", "team leader"): "Lee told Ann Roe" is a verb and its object.
      return isPrenominalRole(roleWords.join(' ')) && !speechVerb(roleWords.at(-1)!.toLowerCase());
    }
    return this.personNamedAt(m, k);
  }

  /** Another person's name starts at token k of m's paragraph. */
  private personNamedAt(m: NameMention, k: number): boolean {
    const next = this.registry.mentionStartingAt(m.paragraph, k);
    return next !== undefined && next !== m && next.entity !== m.entity && next.entity.kind === 'person';
  }

  /** "Campaigners gathered …": plural unnamed groups are antecedents for "they". */
  private addGroupMentions(): void {
    for (const p of this.doc.paragraphs) {
      p.tokens.forEach((token, i) => {
        // "Republicans are zeroing in on …. They say …": a party's members named as a group.
        if (!p.inQuote[i] && /^\p{Lu}\p{Ll}+s$/u.test(token.text) && isPartyMemberNoun(token.text.slice(0, -1)) && !possessiveAt(p.tokens, i)) {
          const entity = this.registry.source(token.text, p.n);
          this.events.push({ paragraph: p.n, offset: token.start, sentence: this.sentenceOf(p.n, token.start), entity, speaker: false, groupOnly: true });
          return;
        }
        if (p.inQuote[i] || !SOURCE_NOUNS.has(token.lower) || !PLURAL_GROUP.test(token.lower)) return;
        if (/^\p{Ll}/u.test(p.tokens[i + 1]?.text ?? '') && SOURCE_NOUNS.has(p.tokens[i + 1]!.lower)) return;
        const phrase = nounPhraseEndingAt(p, i);
        if (!phrase || phrase.form !== 'source') return;
        // "… are big fans": a predicate describes the subject; it is no group of its own.
        if (COPULAS.has(p.tokens[phrase.tokenIndex - 1]?.lower ?? '')) return;
        const entity = this.registry.source(phrase.text, p.n);
        this.events.push({ paragraph: p.n, offset: phrase.offset, sentence: this.sentenceOf(p.n, phrase.offset), entity, speaker: false, groupOnly: true });
      });
    }
  }

  private sentenceOf(paragraph: number, offset: number): number {
    const p = this.doc.byN.get(paragraph);
    return p ? sentenceIndexAt(p, offset) : 0;
  }

  /**
   * "Tomas Varga equalised from the spot. The Hungarian said …": a nationality nobody was introduced
   * with is another name for the person the sentence before is about (its opening name).
   */
  private personSubjectBefore(before: { paragraph: number; offset: number }): Entity | null {
    const people = this.events.filter((e) => isBefore(e, before) && e.entity.kind === 'person' && !e.groupOnly).sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    return this.subjectOfPreviousSentence(people, before)?.entity ?? null;
  }

  /** The sentence before `before`: in its paragraph, or the last of the paragraph before when it opens its own. */
  private previousSentence(before: { paragraph: number; offset: number }): { p: ParagraphModel; index: number; sentence: ParagraphModel['sentences'][number] } | undefined {
    let p = this.doc.byN.get(before.paragraph);
    if (!p) return undefined;
    let index = sentenceIndexAt(p, before.offset) - 1;
    if (index < 0) {
      p = this.doc.byN.get(before.paragraph - 1);
      if (!p) return undefined;
      index = p.sentences.length - 1;
    }
    const sentence = p.sentences[index];
    return sentence ? { p, index, sentence } : undefined;
  }

  /**
   * "Reyes has made several promises, including a wall, which he said …": a he or she inside a
   * sentence whose subject is a person goes back to that subject, before any earlier sentence's.
   */
  private subjectOfOwnSentence(pronoun: string, earlier: Event[], before: { paragraph: number; offset: number }): Event | undefined {
    if (pronoun !== 'he' && pronoun !== 'she') return undefined;
    const p = this.doc.byN.get(before.paragraph);
    if (!p) return undefined;
    const index = sentenceIndexAt(p, before.offset);
    const sentence = p.sentences[index];
    if (!sentence) return undefined;
    const first = earlier.find((e) => e.paragraph === p.n && e.sentence === index && !e.speaker);
    if (!first || first.entity.kind !== 'person' || this.isCoordinated(first)) return undefined;
    // The pronoun is inside the sentence, not the next clause's subject after a quotation.
    if (/[“”"]/.test(p.text.slice(sentence.start, before.offset))) return undefined;
    const lead = p.text.slice(sentence.start, first.offset);
    const opener = /^[^\p{L}\p{N}]*(?:(?:but|and|yet|so|still|meanwhile|however|instead|later|then),?\s+)?/iu.exec(lead)![0];
    const rest = lead.slice(opener.length).trim();
    return rest === '' || isPrenominalRole(rest) ? first : undefined;
  }

  /** The mention opening the sentence just before `before`, in the same paragraph. */
  private subjectOfPreviousSentence(earlier: Event[], before: { paragraph: number; offset: number }): Event | undefined {
    const found = this.previousSentence(before);
    if (!found) return undefined;
    const { p, index: previous, sentence } = found;
    const paragraph = p.n;
    const first = earlier.find((e) => e.paragraph === paragraph && e.sentence === previous && !e.speaker);
    if (!first) return undefined;
    const lead = p.text.slice(sentence.start, first.offset);
    // "Jo Hart and Ann Lee had opposed it": a pair is not the "she" that follows.
    if (this.isCoordinated(first)) return undefined;
    const opener = /^[^\p{L}\p{N}]*(?:(?:but|and|yet|so|still|meanwhile|however|instead|later|then|even|also),?\s+){0,2}/iu.exec(lead)![0];
    // "Shop owner Jo Reed …", "Local resident Jo Reed …": a role before the name still opens the sentence.
    const rest = lead.slice(opener.length).trim();
    if (rest === '' || isPrenominalRole(rest)) return first;
    // "As Mr. Sanders campaigned in Iowa, he stuck to his message": the name opening a subordinate
    // clause is the main clause's "he" or "she", so the subject of the sentence.
    const after = p.text.slice(first.offset, sentence.end);
    return CLAUSE_OPENING_SUBORDINATORS.has(rest.toLowerCase()) && /^[^;:“”"]{1,150}?,\s+(?:he|she)\s+\p{Ll}/u.test(after) ? first : undefined;
  }

  /** The subject after an opening phrase in the sentence before, when the pronoun's own sentence names no one before it. */
  private openingPhraseSubjectBefore(pronoun: string, earlier: Event[], before: { paragraph: number; offset: number }): Event | undefined {
    if (pronoun !== 'he' && pronoun !== 'she') return undefined;
    const own = this.sentenceOf(before.paragraph, before.offset);
    if (earlier.some((e) => e.paragraph === before.paragraph && e.sentence === own)) return undefined;
    const found = this.previousSentence(before);
    if (!found) return undefined;
    // A surname alone ("Ban demurred") is of unknown kind until a pronoun finds it: one then is a person.
    const unknown = this.events.filter((e) => e.entity.kind === 'unknown' && e.entity.gender === null && !e.notAntecedent && !e.groupOnly && !isNonSpeaker(e.entity) && couldBePerson(e.entity));
    const inSentence = [...earlier, ...unknown]
      .filter((e) => e.paragraph === found.p.n && e.sentence === found.index && !e.speaker)
      .sort((a, b) => a.offset - b.offset);
    const subject = this.subjectAfterOpeningPhrase(inSentence, found.p, found.sentence);
    if (subject?.entity.kind === 'unknown') subject.entity.kind = 'person';
    return subject;
  }

  /**
   * "Asked whether he feared that Trump could win, Ban demurred", "Preceded at the lectern by Joe
   * Arpaio, Trump launched into …": after an opening phrase (a participle, a preposition, a
   * subordinate clause) closed by a comma, the name right after that comma and before a verb is the
   * sentence's subject; names inside the opening phrase are not.
   */
  private subjectAfterOpeningPhrase(inSentence: Event[], p: ParagraphModel, sentence: ParagraphModel['sentences'][number]): Event | undefined {
    if (!OPENING_PHRASE.test(p.text.slice(sentence.start, sentence.end))) return undefined;
    for (const e of inSentence) {
      const mention = this.registry.mentions.find((m) => m.paragraph === e.paragraph && m.start === e.offset);
      if (!mention || this.isCoordinated(e)) continue;
      const lead = /,\s*([^,]*)$/.exec(p.text.slice(sentence.start, e.offset));
      if (!lead || (lead[1]!.trim() !== '' && !isPrenominalRole(lead[1]!.trim()))) continue;
      const next = p.tokens[mention.last + 1];
      if (next && /^\p{Ll}+$/u.test(next.text) && !p.inQuote[mention.last + 1] && !NOT_A_VERB_AFTER_SUBJECT.has(next.lower)) return e;
    }
    return undefined;
  }

  /**
   * "Carson defied the question. “…,” he said.": a name of unknown kind (a surname alone) opening
   * the sentence before is the subject "he" or "she" goes on with, though it is not yet known as a
   * person; it is one from now on. Places, dates and party words never are.
   */
  private unknownSubjectOfPreviousSentence(pronoun: string, before: { paragraph: number; offset: number }): Event | undefined {
    if (pronoun !== 'he' && pronoun !== 'she') return undefined;
    const unknown = this.events
      .filter((e) => isBefore(e, before) && e.entity.kind === 'unknown' && e.entity.gender === null && !e.notAntecedent && !e.groupOnly && !isNonSpeaker(e.entity) && couldBePerson(e.entity))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    const subject = this.subjectOfPreviousSentence(unknown, before);
    if (!subject) return undefined;
    subject.entity.kind = 'person';
    return subject;
  }

  /**
   * "The accused wept as the sentence was read. “…,” she said.": a sentence opened by a role
   * description of someone introduced in that role ("the accused", "the goalkeeper") hands "he" or
   * "she" to that person, as a sentence opened by a name does.
   */
  private describedSubjectOfPreviousSentence(pronoun: string, before: { paragraph: number; offset: number }): Event | undefined {
    if (pronoun !== 'he' && pronoun !== 'she') return undefined;
    const found = this.previousSentence(before);
    if (!found) return undefined;
    const { p, index: previous, sentence } = found;
    const lead = DESCRIBED_SUBJECT.exec(p.text.slice(sentence.start, sentence.start + 60));
    if (!lead) return undefined;
    // The role is the first or second word after the determiner ("the accused wept", "the new coach said").
    for (const head of lead[1]!.toLowerCase().split(/\s+/).slice(0, 2)) {
      const phrase: SpeakerPhrase = { form: 'role', text: `the ${head}`, paragraph: p.n, tokenIndex: 0, offset: sentence.start };
      const entity = this.role(phrase, { paragraph: p.n, offset: sentence.start }, false);
      if (entity && entity.kind === 'person' && compatibleWith(pronoun, entity)) return { paragraph: p.n, offset: sentence.start, sentence: previous, entity, speaker: false };
    }
    return undefined;
  }

  /** Record that an entity spoke at a position: speakers are preferred antecedents. */
  noteSpeaker(entity: Entity, paragraph: number, offset: number): void {
    this.events.push({ paragraph, offset, sentence: this.sentenceOf(paragraph, offset), entity, speaker: true });
  }

  /**
   * "Acme Robotics cut jobs. It said …": with no organisation before it, "it" takes the
   * nearest name that nothing marks as a person (no title, no he/she), which then is one.
   */
  private itAntecedent(before: { paragraph: number; offset: number }): Entity | null {
    // "Twitter said …. It added …": whoever spoke in the sentence just before (or earlier in this
    // one), when nothing marks it as a person, is what "it" goes on with, before an older organisation.
    const speaker = this.recentNonPersonSpeaker(before);
    if (speaker) {
      if (speaker.kind === 'unknown') speaker.kind = 'organisation';
      return speaker;
    }
    const document = this.documentSubjectBefore(before);
    if (document) return document;
    const organisation = this.antecedent('it', before);
    if (organisation) return organisation;
    const candidate = this.events
      .filter((e) => isBefore(e, before) && before.paragraph - e.paragraph <= 1 && !e.entity.titled && e.entity.gender === null &&
        (e.entity.kind === 'unknown' || e.entity.kind === 'person'))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
      .at(-1);
    if (!candidate) return null;
    candidate.entity.kind = 'organisation';
    return candidate.entity;
  }

  /**
   * "For instance, the paper notes …, and it says …", "The white paper is detailed. It lays out …":
   * a written thing opening this sentence or the one before is what "it" goes on with.
   */
  private documentSubjectBefore(before: { paragraph: number; offset: number }): Entity | null {
    const p = this.doc.byN.get(before.paragraph);
    if (!p) return null;
    const own = p.sentences[sentenceIndexAt(p, before.offset)];
    const spans: { p: ParagraphModel; text: string }[] = [];
    if (own) spans.push({ p, text: p.text.slice(own.start, before.offset) });
    const previous = this.previousSentence(before);
    if (previous) spans.push({ p: previous.p, text: previous.p.text.slice(previous.sentence.start, previous.sentence.end) });
    for (const { p: at, text } of spans) {
      const m = DOCUMENT_SUBJECT.exec(text);
      if (!m) continue;
      const words = m[2]!.split(/\s+/);
      // "the white paper is": the head is the first word for a written thing, a verb after it.
      const head = words.findIndex((w, i) => i < 3 && DOCUMENT_HEADS.has(w) && /^\p{Ll}/u.test(words[i + 1] ?? ''));
      if (head >= 0) return this.registry.source(['the', ...words.slice(0, head + 1)].join(' '), at.n);
    }
    return null;
  }

  private recentNonPersonSpeaker(before: { paragraph: number; offset: number }): Entity | null {
    const sentence = this.sentenceOf(before.paragraph, before.offset);
    const previous = this.previousSentence(before);
    const last = this.events
      .filter((e) => e.speaker && isBefore(e, before) && (e.paragraph === before.paragraph && e.sentence === sentence ||
        previous !== undefined && e.paragraph === previous.p.n && e.sentence === previous.index))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
      .at(-1);
    if (!last) return null;
    const entity = last.entity;
    const notAPerson = entity.kind === 'organisation' || entity.kind === 'unknown' && !entity.titled && entity.gender === null && !isNonSpeaker(entity);
    return notAPerson ? entity : null;
  }

  resolve(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }): Entity | null {
    const resolved = this.resolveEntity(phrase, before);
    // A place, a party word, a date or a time zone ("Ohio", "Democratic", "EST") speaks for no one.
    // "the Wisconsin Republican said": the person the article introduced with those words, if any.
    let entity = resolved && isNonSpeaker(resolved) ? this.personTitledAs(resolved.nameTokens, before) ?? this.describedSource(phrase, resolved) : resolved;
    // "the Dutchman", "the Brazilian": a nationality used as a nickname is the person introduced with it.
    const nationality = phrase.form === 'name' && phrase.roleFirst && resolved ? demonymOf(resolved) : null;
    if (nationality) entity = this.personTitledAs([nationality], before) ?? this.personOfNationality(nationality, before) ?? this.personSubjectBefore(before) ?? entity;
    // "the chief executive" becomes one more way to name John Doe.
    if (entity && (phrase.form === 'role' || phrase.roleFirst) && entity.name.toLowerCase() !== phrase.text.toLowerCase()) {
      entity.aliases.add(/^the\s/i.test(phrase.text) ? phrase.text.replace(/^The\s/, 'the ') : `the ${phrase.text}`);
    }
    return entity;
  }

  /**
   * "The Wisconsin Republican says …", "the Democrat said …" when no one was introduced with those
   * words: a description of a person, so the unnamed source as written (never the party or place).
   */
  private describedSource(phrase: SpeakerPhrase, resolved: Entity): Entity | null {
    if (phrase.form !== 'name' || !phrase.mention) return null;
    const p = this.doc.paragraphs.find((x) => x.n === phrase.paragraph);
    const article = p?.tokens[phrase.mention.from - 1];
    if (!p || article?.lower !== 'the' || p.inQuote[phrase.mention.from - 1]) return null;
    // Only a party member's label ("Republican"), not a place ("the United States"); a nationality
    // ("the Brazilian") is left to the later rules, which find the player so called more often than not.
    if (!isPartyMemberNoun(resolved.nameTokens.at(-1) ?? '')) return null;
    return this.registry.source(`the ${resolved.name}`, phrase.paragraph);
  }

  private resolveEntity(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }): Entity | null {
    switch (phrase.form) {
      case 'name':
        // "the MP said": a role first; "The Times said" is a name whose head is no person, never the last unnamed speaker.
        return (phrase.roleFirst ? this.role(phrase, before) ?? (this.headIsPerson(phrase) ? this.recentUnnamedSpeaker(phrase, before) : null) : null) ??
          phrase.mention?.entity ?? this.registry.lookup(phrase.text) ?? null;
      case 'pronoun': {
        // "He said Mateen has …": the antecedent comes before the pronoun, not before the words it introduces.
        const at = phrase.paragraph === before.paragraph && phrase.offset < before.offset ? { paragraph: before.paragraph, offset: phrase.offset } : before;
        return phrase.text === 'it' ? this.itAntecedent(at) : this.antecedent(phrase.text, at);
      }
      case 'role':
        return this.role(phrase, before) ?? this.unnamedSource(phrase, before) ?? this.namedOrganisation(phrase, before) ??
          this.recentUnnamedSpeaker(phrase, before) ?? this.epithetOfRecentPerson(phrase, before) ?? this.registry.source(phrase.text, phrase.paragraph);
      case 'source':
        return this.registry.source(phrase.text, phrase.paragraph);
      case 'organisation':
        return this.registry.source(phrase.text, phrase.paragraph, 'organisation');
    }
  }

  /**
   * "One delegate said he tried … “Not even one,” he said.": an unnamed source described by a noun
   * for one person, who spoke last in this paragraph (or, when this one names nobody before the
   * pronoun, in the one before) with no person named after that sentence, is "he" or "she".
   */
  private unnamedSpeakerJustBefore(pronoun: string, before: { paragraph: number; offset: number }): Entity | null {
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const inParagraph = (n: number) => this.events
      .filter((e) => e.paragraph === n && (n < before.paragraph || e.offset < before.offset))
      .sort((a, b) => a.offset - b.offset);
    const here = inParagraph(before.paragraph);
    const previous = here.length === 0 ? inParagraph(before.paragraph - 1) : [];
    const candidates = here.length > 0 ? here : previous;
    const last = candidates.filter((e) => e.speaker).at(-1);
    // Only an indefinite description: "the billionaire businessman" is more often someone the article named.
    if (!last || last.entity.kind !== 'source' || last.entity.gender === 'plural' || !/^(?:a|an|one|another)\s/i.test(last.entity.name)) return null;
    const head = sourceHead(last.entity.name) ?? '';
    // Whoever asks ("a reporter asked …") is rarely the one answering just after.
    if (!isPersonNoun(head) || /(?:wo)?men$|people$/.test(head) || this.asksIn(last)) return null;
    if (/woman$|ess$/.test(head) ? pronoun !== 'she' : /man$/.test(head) && pronoun !== 'he') return null;
    // Names in the speaker's own sentence are who it speaks for or about ("A lawyer for Ms. Roe said
    // Mr. Kim …. He added …"), unless the pronoun stands in that sentence too ("Roe, an aide said,
    // “…,” and she …"); a person named in a later sentence may be who the pronoun means.
    const pronounSentence = this.sentenceOf(before.paragraph, before.offset);
    const sameSentence = last.paragraph === before.paragraph && last.sentence === pronounSentence;
    const since = candidates.filter((e) => (sameSentence || e.sentence > last.sentence) && e.entity !== last.entity && (e.entity.kind === 'person' || e.entity.kind === 'unknown'));
    return since.length === 0 ? last.entity : null;
  }

  /** Whether the sentence of a speaking event asks a question. */
  private asksIn(event: Event): boolean {
    const p = this.doc.byN.get(event.paragraph);
    const sentence = p?.sentences[event.sentence];
    if (!p || !sentence) return true;
    const text = p.text.slice(sentence.start, sentence.end);
    return /\?|\bask(?:s|ed|ing)?\b/i.test(text);
  }

  /** Nearest earlier compatible entity: the closest sentence with one wins, speakers first. */
  antecedent(pronoun: string, before: { paragraph: number; offset: number }, window = PRONOUN_WINDOW): Entity | null {
    if (pronoun === 'they') {
      // "They said …" right after a spokesperson spoke: the group they speak for, as its voice.
      const lastSpeaker = this.events
        .filter((e) => e.speaker && isBefore(e, before) && before.paragraph - e.paragraph <= 1)
        .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
        .at(-1);
      // Not when a group is named since ("…. Yet Republicans have …, and they …").
      const groupSince = lastSpeaker && this.events.some((e) => e.groupOnly && isBefore(e, before) && !isBefore(e, lastSpeaker) && isPartyMemberNoun(e.entity.name.slice(0, -1)));
      if (lastSpeaker && speaksForGroup(lastSpeaker.entity) && !groupSince) return lastSpeaker.entity;
    }
    const unnamed = this.unnamedSpeakerJustBefore(pronoun, before);
    if (unnamed) return unnamed;
    const compatible = (e: Entity) => compatibleWith(pronoun, e);
    // "Lee, after the scandal broke, said …. She has since …": a name of unknown kind that has spoken
    // is someone; he or she may be that one.
    const spokenUnknown = (e: Event) => e.speaker && e.entity.kind === 'unknown' && !e.entity.gender &&
      (pronoun === 'he' || pronoun === 'she') && !isNonSpeaker(e.entity) && couldBePersonName(e.entity);
    const groupsToo = pronoun === 'they' || pronoun === 'we';
    const sentence = this.sentenceOf(before.paragraph, before.offset);
    const earlier = this.events.filter(
      (e) => (e.paragraph < before.paragraph || (e.paragraph === before.paragraph && e.offset < before.offset)) &&
        (compatible(e.entity) || spokenUnknown(e)) && (groupsToo || !e.groupOnly) &&
        // A qualifying name, or a name inside the very quotation the pronoun attributes ("“Cruz is our best,” he says").
        e.notAntecedent !== 'modifier' && !(e.notAntecedent === 'quoted' && e.paragraph === before.paragraph && e.sentence === sentence),
    );
    if (earlier.length === 0) {
      // "While the guards left, Bob stayed on. “…,” he said.": no known person yet, but a surname
      // alone as the subject just before is one.
      const fresh = this.unknownSubjectOfPreviousSentence(pronoun, before) ?? this.openingPhraseSubjectBefore(pronoun, earlier, before);
      if (fresh) learnGender(pronoun, fresh.entity);
      return fresh?.entity ?? null;
    }
    earlier.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    // The current speaker stays the antecedent over people merely mentioned since (quote
    // attribution continues a conversation): a compatible speaker in this or the previous paragraph.
    const recentSpeaker = earlier.filter((e) => e.speaker && before.paragraph - e.paragraph <= 1).at(-1);
    const ownSubject = this.subjectOfOwnSentence(pronoun, earlier, before);
    if (ownSubject) {
      learnGender(pronoun, ownSubject.entity);
      return ownSubject.entity;
    }
    const freshSubject = this.subjectOfPreviousSentence(earlier, before) ?? this.unknownSubjectOfPreviousSentence(pronoun, before) ??
      this.describedSubjectOfPreviousSentence(pronoun, before) ?? this.openingPhraseSubjectBefore(pronoun, earlier, before);
    // "Trump's claims may be “strategic,” said Jo Hemsley. “…,” he said.": who spoke in that very
    // sentence keeps the pronoun over the name opening it.
    const spokeInThatSentence = recentSpeaker && freshSubject && recentSpeaker.paragraph === freshSubject.paragraph && recentSpeaker.sentence === freshSubject.sentence;
    if (freshSubject && pronoun !== 'person' && !spokeInThatSentence && (!recentSpeaker || freshSubject.entity !== recentSpeaker.entity)) {
      // "Costa rejected that criticism. She said …": a new subject right before takes over.
      learnGender(pronoun, freshSubject.entity);
      return freshSubject.entity;
    }
    const narrated = recentSpeaker ? this.onlyPersonNarratedInParagraph(pronoun, earlier, recentSpeaker, before) : undefined;
    if (narrated) {
      learnGender(pronoun, narrated);
      return narrated;
    }
    if (recentSpeaker && pronoun !== 'person') {
      learnGender(pronoun, recentSpeaker.entity);
      return recentSpeaker.entity;
    }
    const key = (e: Event) => e.paragraph * 10_000 + e.sentence;
    const nearestKey = Math.max(...earlier.map(key));
    const nearest = earlier.filter((e) => key(e) === nearestKey);
    const chained = this.pronounChain(pronoun, nearest[0]!, window);
    if (chained) return chained;
    const topic = this.speakerOverBackgroundMentions(pronoun, earlier, nearest, before, window);
    if (topic) return topic;
    if (before.paragraph - nearest[0]!.paragraph > window) {
      const speakers = earlier.filter((e) => e.speaker);
      if (speakers.length > 0) return speakers.at(-1)!.entity;
    }
    const speaker = nearest.filter((e) => e.speaker).at(-1);
    const chosen = speaker ?? [...nearest].sort((a, b) => a.offset - b.offset)[0]!;
    learnGender(pronoun, chosen.entity);
    return chosen.entity;
  }

  /**
   * "“…,” Weddle said. [new paragraph] That is what Mr. Trump has threatened. At rally after rally,
   * he vows …": a new paragraph that names one person (and no speaker) before the pronoun has
   * moved on to that person; the speaker of an earlier paragraph no longer holds "he" or "she".
   */
  private onlyPersonNarratedInParagraph(pronoun: string, earlier: Event[], recentSpeaker: Event, before: { paragraph: number; offset: number }): Entity | undefined {
    if ((pronoun !== 'he' && pronoun !== 'she') || recentSpeaker.paragraph >= before.paragraph) return undefined;
    const here = earlier.filter((e) => e.paragraph === before.paragraph && !e.notAntecedent);
    if (here.length === 0 || here.some((e) => e.speaker)) return undefined;
    const p = this.doc.byN.get(before.paragraph);
    if (!p) return undefined;
    const ownSentence = sentenceIndexAt(p, before.offset);
    // "Asked whether Clinton faces Trump, she replied": names inside an opening participle clause of
    // the pronoun's own sentence are what is asked about, not who answers.
    const opening = p.text.slice(p.sentences[ownSentence]?.start ?? 0).match(/^\W*(\p{L}+)/u)?.[1] ?? '';
    const participleOpening = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(opening);
    // "The Wisconsin Republican did give Trump credit, but he suggested …": a sentence opened by a
    // description of a person is about someone the paragraph does not name.
    for (let k = 0; k <= ownSentence; k++) {
      const lead = DESCRIBED_SUBJECT.exec(p.text.slice(p.sentences[k]!.start, p.sentences[k]!.start + 60));
      const head = lead?.[1]!.toLowerCase().split(/\s+/).find((w) => isPersonNoun(w) || isPersonLabel(w));
      if (head && p.sentences[k]!.start < before.offset) return undefined;
    }
    const counted = here.filter((e) => !(participleOpening && e.sentence === ownSentence));
    if (counted.length === 0) return undefined;
    // Every name in the paragraph so far must be that person ("Nefzi sat with Mateen. He said …"
    // names two people, whatever is known of Nefzi), and at least one mention must not be an
    // object ("took swipes at Rubio, who he dubbed …", "the ideas Sanders championed").
    const names = this.events.filter((e) => e.paragraph === before.paragraph && e.offset < before.offset && !e.groupOnly && !e.notAntecedent && !isNonSpeaker(e.entity) && (e.entity.kind === 'person' || e.entity.kind === 'unknown' && this.opensSentence(e)) && e.entity.gender !== 'plural' &&
      e.entity.gender !== (pronoun === 'he' ? 'female' : 'male'));
    if (names.some((e) => e.entity !== counted[0]!.entity)) return undefined;
    if (counted.every((e) => this.isObjectMention(e))) return undefined;
    // "He would like to see the ideas Sanders championed. Even then, he said …": the same pronoun
    // before any name in the paragraph carries on the earlier referent.
    const firstName = Math.min(...counted.map((e) => e.offset));
    const opener = pronoun.charAt(0).toUpperCase() + pronoun.slice(1);
    if (new RegExp(`(?:^|[.!?][”"’']?\\s+)${opener}\\b`).test(p.text.slice(0, firstName))) return undefined;
    const entities = new Set(counted.map((e) => e.entity));
    const only = counted[0]!.entity;
    if (entities.size !== 1 || only === recentSpeaker.entity || only.kind !== 'person') return undefined;
    // "Cole’s critics …": a possessive names no one the story follows.
    const mentions = this.registry.mentions.filter((m) => m.paragraph === before.paragraph && m.entity === only && m.start < before.offset);
    if (mentions.some((m) => possessiveAt(p.tokens, m.last))) return undefined;
    return only;
  }

  /**
   * "She met Ann Lee and Jo Hart. “…,” she said.": the people named in a sentence whose own
   * subject is the same pronoun are its objects, not its topic; the pronoun passes on what that
   * earlier pronoun referred to.
   */
  private pronounChain(pronoun: string, nearest: Event, window: number): Entity | null {
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const subject = this.sentenceOpeningPronoun(nearest.paragraph, nearest.sentence);
    if (!subject || subject.pronoun !== pronoun || subject.offset >= nearest.offset) return null;
    return this.antecedent(pronoun, subject, window);
  }

  /**
   * "Ann Lee said …. The vote came after Jo Hart complained. “…,” she said.": people named only
   * as objects, in a subordinate clause or as one of a pair are background; the last speaker
   * (the discourse topic) keeps the pronoun over them.
   */
  private speakerOverBackgroundMentions(pronoun: string, earlier: Event[], nearest: Event[], before: { paragraph: number; offset: number }, window: number): Entity | null {
    if ((pronoun !== 'he' && pronoun !== 'she') || nearest.some((e) => e.speaker || !this.isBackgroundMention(e))) return null;
    const speaker = earlier.filter((e) => e.speaker && before.paragraph - e.paragraph <= Math.min(window, PRONOUN_WINDOW)).at(-1);
    if (!speaker || nearest.some((e) => e.entity === speaker.entity)) return null;
    learnGender(pronoun, speaker.entity);
    return speaker.entity;
  }

  /** The mention is the first word of its sentence. */
  private opensSentence(e: Event): boolean {
    const p = this.doc.byN.get(e.paragraph);
    const sentence = p?.sentences[e.sentence];
    return sentence !== undefined && /^\W*$/.test(p!.text.slice(sentence.start, e.offset));
  }

  /** A name after a preposition or a noun ("swipes at Rubio", "the ideas Sanders championed"), not after a clause word. */
  private isObjectMention(e: Event): boolean {
    const p = this.doc.byN.get(e.paragraph);
    const mention = this.registry.mentions.find((m) => m.paragraph === e.paragraph && m.start === e.offset);
    if (!p || !mention) return false;
    const previous = p.tokens[mention.from - 1];
    if (!previous || p.sentenceOf[mention.from - 1] !== p.sentenceOf[mention.from] || !/^\p{Ll}/u.test(previous.text)) return false;
    if (previous.lower === 'for' && p.tokens[mention.from - 2]?.lower === 'as') return false;
    return OBJECT_PREPOSITIONS.has(previous.lower);
  }

  /** A name mention that is not the subject of its sentence's main clause. */
  private isBackgroundMention(e: Event): boolean {
    const p = this.doc.byN.get(e.paragraph);
    const mention = this.registry.mentions.find((m) => m.paragraph === e.paragraph && m.start === e.offset);
    if (!p || !mention) return false;
    const sentence = p.sentenceOf[mention.from];
    const previous = p.tokens[mention.from - 1];
    const coordinated = this.isCoordinated(e);
    let subordinate = false;
    // "After the visit, Lee …": a clause opener closed by a comma leaves the name as the subject.
    for (let i = mention.from - 1; i >= 0 && p.sentenceOf[i] === sentence && p.tokens[i]!.text !== ','; i--) {
      if (SUBORDINATORS.has(p.tokens[i]!.lower)) subordinate = true;
    }
    const sameSentence = previous !== undefined && p.sentenceOf[mention.from - 1] === sentence;
    const afterWord = sameSentence && /^\p{Ll}/u.test(previous.text) && !SUBJECT_LEADS.has(previous.lower) &&
      !isPrenominalRole(p.text.slice(p.sentences[sentence!]?.start ?? 0, previous.end).split(/[,;:—–]/).at(-1)!.trim());
    return coordinated || subordinate || afterWord;
  }

  /** "Jo Hart and Ann Lee", "Ann Lee and Jo Hart": one of a pair of names. */
  private isCoordinated(e: Event): boolean {
    const p = this.doc.byN.get(e.paragraph);
    const mention = this.registry.mentions.find((m) => m.paragraph === e.paragraph && m.start === e.offset);
    if (!p || !mention) return false;
    const previous = p.tokens[mention.from - 1]?.lower;
    const next = p.tokens[mention.last + 1]?.lower;
    return ((previous === 'and' || previous === 'or') && /^\p{Lu}/u.test(p.tokens[mention.from - 2]?.text ?? '')) ||
      (next === 'and' && /^\p{Lu}/u.test(p.tokens[mention.last + 2]?.text ?? ''));
  }

  /** The subject pronoun that opens a sentence ("She had …", "But he …"), with its offset. */
  private sentenceOpeningPronoun(paragraph: number, sentence: number): { pronoun: string; paragraph: number; offset: number } | null {
    const p = this.doc.byN.get(paragraph);
    const s = p?.sentences[sentence];
    if (!p || !s) return null;
    // "Though he did not name them, he made it clear …": the pronoun opening a leading clause is the subject's too.
    const lead = /^[^\p{L}\p{N}]*(?:(?:but|and|yet|so|then|still|later|though|although|while|as|when|after|because|if|since|once),?\s+)?(\p{L}+)\b/iu.exec(p.text.slice(s.start, s.start + 40));
    if (!lead) return null;
    const word = lead[1]!;
    return { pronoun: word.toLowerCase(), paragraph, offset: s.start + lead[0].length - word.length };
  }

  /** "the professor said" → the entity whose description holds "professor", nearest first. */
  private role(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }, epithets = true): Entity | null {
    const head = sourceHead(phrase.text);
    if (!head) return null;
    // "the 23-year-old said": an age stands for the person the text has just been about.
    if (/^the\s+\d+-year-old$/i.test(phrase.text)) return this.subjectJustBefore(before);
    const heads = ROLE_SYNONYMS[head] ?? [head];
    const isEarlier = (e: Event) => (e.paragraph < before.paragraph || (e.paragraph === before.paragraph && e.offset < before.offset)) && !e.groupOnly;
    const earlier = this.events.filter((e) => isEarlier(e) && heads.some((h) => e.entity.roleWords.has(h)));
    earlier.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    if (earlier.length > 0) return earlier.at(-1)!.entity;
    // "the skipper" after "Athletic's captain, Tomas Varga": a WordNet synonym of the role (its
    // commonest senses only), for a person introduced in that role.
    const bySynonym = this.events.filter((e) => isEarlier(e) && e.entity.kind === 'person' && [...e.entity.roleWords].some((w) => sameRole(head, w)));
    bySynonym.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    if (bySynonym.length > 0) return bySynonym.at(-1)!.entity;
    // "the officer" after "Detective Constable Ryan Osei", "the lawyer" after "barrister Jo Hart":
    // a word one step up from the role the person was introduced in (WordNet's hypernyms).
    // Only the person whose name opens the sentence before: a broader word fits too many people to
    // reach further back.
    const current = this.subjectJustBefore(before);
    if (current && [...current.roleWords].some((w) => broaderRole(head, w))) return current;
    // "Chris Christie learned he had been bumped …. Sooner or later, the New Jersey governor told
    // reporters": a description no one was introduced with, of the person the paragraph has been
    // about (the subject of the sentence before, in this paragraph), is that person's epithet.
    const epithet = /^the\s/i.test(phrase.text) && !/\b(?:other|another|first|second)\b/i.test(phrase.text) && !/[^s]s$/.test(head);
    return current && epithets && epithet && isPersonNoun(head) && compatibleWith(genderOfHead(head), current) && !this.namedAsPossessorJustBefore(current, before) ? current : null;
  }

  /** "Clinton's husband, Bill, …": the sentence before names this person only as someone's possessor. */
  private namedAsPossessorJustBefore(entity: Entity, before: { paragraph: number; offset: number }): boolean {
    const p = this.doc.byN.get(before.paragraph);
    if (!p) return false;
    const previous = sentenceIndexAt(p, before.offset) - 1;
    return this.registry.mentions.some((m) => m.entity === entity && m.paragraph === before.paragraph && sentenceIndexAt(p, m.start) === previous && possessiveAt(p.tokens, m.last));
  }

  /** The person whose name opens the sentence before, in the same paragraph ("Heffernan … . Asked …, the 23-year-old said"). */
  private subjectJustBefore(before: { paragraph: number; offset: number }): Entity | null {
    const people = this.events.filter((e) => isBefore(e, before) && e.paragraph === before.paragraph && e.entity.kind === 'person' && !e.speaker)
      .sort((a, b) => a.offset - b.offset);
    return this.subjectOfPreviousSentence(people, before)?.entity ?? null;
  }

  /** The latest person introduced with all these words before the name ("Ohio Republican Jo Kim"). */
  private personTitledAs(words: readonly string[], before: { paragraph: number; offset: number }): Entity | null {
    const earlier = this.events
      .filter((e) => isBefore(e, before) && e.entity.kind === 'person' && words.every((w) => e.entity.roleWords.has(w)))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    return earlier.at(-1)?.entity ?? null;
  }

  /**
   * "the Dane" after "Danish winger Mikkel Sorensen", "the Norwegian" after "Norway's Ola Berg":
   * the latest person introduced with the adjective or country of that demonym (the forms share
   * all but their last few letters: dane/danish, norwegian/norway, portuguese/portugal).
   */
  private personOfNationality(demonym: string, before: { paragraph: number; offset: number }): Entity | null {
    const sameNation = (word: string) => {
      let common = 0;
      while (common < word.length && common < demonym.length && word[common] === demonym[common]) common++;
      return common >= 3 && common >= Math.min(word.length, demonym.length) - 2;
    };
    const earlier = this.events
      .filter((e) => isBefore(e, before) && e.entity.kind === 'person' && [...e.entity.roleWords].some(sameNation))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    return earlier.at(-1)?.entity ?? null;
  }

  /** "the sources said" after "two people familiar with the matter said": the same unnamed source. */
  private unnamedSource(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }): Entity | null {
    const head = sourceHead(phrase.text);
    // Any head noun: "a nurse who asked not to be named" is "the nurse" later.
    if (!head) return null;
    const plural = head.endsWith('s') || head === 'people' || head === 'police' || head === 'staff';
    const sameHead = (e: Entity) => {
      const other = sourceHead(e.name) ?? '';
      return other.replace(/s$/, '') === head.replace(/s$/, '') || (GENERIC_SOURCES.has(head) && GENERIC_SOURCES.has(other));
    };
    const earlier = this.events
      .filter((e) => e.speaker && e.entity.kind === 'source' && isBefore(e, before) && (e.entity.gender === 'plural') === plural && sameHead(e.entity))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    return earlier.at(-1)?.entity ?? null;
  }

  /** "the company said" after "Acme Robotics" was named: the nearest business named before. */
  private namedOrganisation(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }): Entity | null {
    const words = phrase.text.toLowerCase().split(/\s+/);
    const head = words.at(-1) ?? '';
    if (words[0] !== 'the' || words.length > 3) return null;
    const named = this.events
      .filter((e) => isBefore(e, before) && e.entity.kind === 'organisation' && before.paragraph - e.paragraph <= 6)
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    const byName = named.filter((e) => e.entity.nameTokens.includes(head)).at(-1);
    if (byName) return byName.entity;
    return BUSINESS_NOUNS.has(head) || words.length === 2 && PUBLIC_BODY_NOUNS.has(head) ? named.at(-1)?.entity ?? null : null;
  }

  private headIsPerson(phrase: SpeakerPhrase): boolean {
    const head = phrase.text.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    return isPersonNoun(head) || isPersonLabel(head) || head in ROLE_SYNONYMS || /^(?:mp|mps|pm|ceo|cfo)$/.test(head);
  }

  /**
   * "One former whip … said" then "the MP said": a definite description nobody was introduced with
   * refers back to the unnamed person who was just speaking (not "the minister's spokesman", which
   * anchors itself to someone else).
   */
  private recentUnnamedSpeaker(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }): Entity | null {
    if (/['’]s\b/.test(phrase.text)) return null;
    const last = this.events
      .filter((e) => e.speaker && isBefore(e, before))
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset)
      .at(-1);
    if (!last || before.paragraph - last.paragraph > 1) return null;
    // "the Democrat said" right after "the Wisconsin Republican says": another label, another person.
    const head = phrase.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (isPersonLabel(head) && !last.entity.roleWords.has(head)) return null;
    // "…, the company said. [next] …, the union said": a body is no other name for the last one.
    const lastHead = sourceHead(last.entity.name) ?? '';
    if (head !== lastHead && (isBodyNoun(head) || isBodyNoun(lastHead))) return null;
    // "her office said" after "according to the report": a thing or place no word for a person names is
    // another source.
    if (head !== lastHead && /^(?:his|her|their|its)\s/i.test(phrase.text) && !isPersonNoun(head)) return null;
    return last.entity.kind === 'source' && last.entity.gender !== 'plural' ? last.entity : null;
  }

  /**
   * "…, Ben Carson said Monday. “…,” the retired neurosurgeon told REVOLT TV": a modified
   * description of a person ("the retired neurosurgeon", "the billionaire businessman") that no one
   * was introduced with is another name for the person just speaking or just named as a sentence's
   * subject (news style varies the name). A bare role ("the judge") is someone of its own.
   */
  private epithetOfRecentPerson(phrase: SpeakerPhrase, before: { paragraph: number; offset: number }): Entity | null {
    const words = phrase.text.split(/\s+/);
    if (words[0]?.toLowerCase() !== 'the' || words.length < 3 || /['’]s\b/.test(phrase.text)) return null;
    const head = sourceHead(phrase.text) ?? '';
    // One person only: "the committee chairmen", "the organizers" are others.
    // A title is a word for one person too ("the Supreme Court justice").
    if (!(isPersonNoun(head) || head in NAME_TITLES) || /(?:men|people)$/.test(head) || /s$/.test(head) && !/(?:ss|us)$/.test(head)) return null;
    // "the Lincoln actor": a name inside the description is what it is about, not who.
    if (words.slice(1, -1).some((w) => /^\p{Lu}/u.test(w) && this.registry.lookup(w)?.kind === 'person')) return null;
    const recent = this.events
      .filter((e) => isBefore(e, before) && before.paragraph - e.paragraph <= 1 && e.entity.kind === 'person' && !e.notAntecedent && !e.groupOnly)
      .sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
    const speaker = recent.filter((e) => e.speaker).at(-1);
    const subject = this.subjectOfPreviousSentence(recent, before);
    const chosen = speaker ?? subject;
    if (!chosen) return null;
    // Only when that person is the one the passage is about: no other person named since.
    // "Ruth Ginsburg regrets her insults of Donald Trump. The Supreme Court justice said …": a name
    // after a preposition in that sentence is what it is about, not a rival for the epithet.
    const since = recent.filter((e) => e.offset > chosen.offset || e.paragraph > chosen.paragraph);
    if (!since.every((e) => e.entity === chosen.entity || !e.speaker && e.paragraph === chosen.paragraph && e.sentence === chosen.sentence && this.isObjectMention(e))) return null;
    // "Mayor Bill de Blasio" is not "the Republican presidential candidate": a person introduced in
    // another role (no synonym or broader word of it) is someone else.
    const offices = [...chosen.entity.roleWords].map((w) => OFFICES[w.replace(/\.$/, '')]).filter((w) => w !== undefined);
    const headOffice = OFFICES[head];
    if (headOffice && offices.length > 0 && !offices.includes(headOffice) && !/\bformer\b/i.test(phrase.text)) return null;
    // "the homeless woman" is no man.
    const gender = /(?:woman|ess|mother|wife|daughter|sister)$/.test(head) ? 'female' : /(?:man|father|husband|son|brother)$/.test(head) ? 'male' : null;
    if (gender && chosen.entity.gender !== null && chosen.entity.gender !== gender) return null;
    // Later, "the senator" alone is the same person.
    chosen.entity.roleWords.add(head);
    return chosen.entity;
  }

  /**
   * "Clinton and her husband thanked a voter. She says, …": when "he" or "she" finds no person, a
   * name of unknown kind as the subject-to-be in the same or the previous sentence is that person
   * (and now known as one, of that gender). Places, dates and party words never are.
   */
  personFromUnknownName(pronoun: string, before: { paragraph: number; offset: number }): Entity | null {
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const sentence = this.sentenceOf(before.paragraph, before.offset);
    const candidates = this.events.filter(
      (e) => e.paragraph === before.paragraph && e.offset < before.offset && sentence - e.sentence <= 1 &&
        e.entity.kind === 'unknown' && !e.notAntecedent && !isNonSpeaker(e.entity) && couldBePerson(e.entity),
    );
    const nearest = candidates.sort((a, b) => a.offset - b.offset).at(-1);
    if (!nearest) return null;
    nearest.entity.kind = 'person';
    learnGender(pronoun, nearest.entity);
    return nearest.entity;
  }

  /** Nearest earlier person at all, for quotes no sieve could attribute. */
  nearestPerson(before: { paragraph: number; offset: number }): Entity | null {
    return this.subjectBeforeInSentence(before) ?? this.antecedent('person', before, Number.MAX_SAFE_INTEGER);
  }

  /**
   * "Mr. Trump's campaign chairman, Paul Manafort, dismissed the criticism as “…”": with no speech
   * verb to go by, the person the sentence is about (not an owner, an object or a clause's subject)
   * is the likelier source than the last name before the quotation.
   */
  private subjectBeforeInSentence(before: { paragraph: number; offset: number }): Entity | null {
    const p = this.doc.byN.get(before.paragraph);
    if (!p) return null;
    const sentence = this.sentenceOf(before.paragraph, before.offset);
    const subject = this.events.find((e) => {
      if (e.paragraph !== before.paragraph || e.sentence !== sentence || e.offset >= before.offset || e.speaker) return false;
      if (e.entity.kind !== 'person' || e.notAntecedent || e.groupOnly) return false;
      const mention = this.registry.mentions.find((m) => m.paragraph === e.paragraph && m.start === e.offset);
      return mention !== undefined && !possessiveAt(p.tokens, mention.last) && !this.isBackgroundMention(e);
    });
    return subject?.entity ?? null;
  }
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'become', 'became', 'remain', 'remained', 'seem', 'seemed']);

const ROLE_NOUN = /^(?:\p{L}+(?:er|or|ist|ian|ant|ent|man|woman|person|ee)|mayor|chief|head|boss|chair|member|resident|owner|teacher|nurse|doctor|expert|official|spokesperson|coach)$/u;
const LEAD_STOP = new Set(['a', 'an', 'the', 'of', 'to', 'with', 'for', 'after', 'before', 'when', 'while', 'as', 'by', 'from', 'at', 'in', 'on', 'and', 'but', 'that', 'who', 'which']);

/**
 * "shop owner", "Local resident", "former mayor", "The cleric": at most five words (after an
 * article) ending in a noun for a person, no clause words.
 */
function isPrenominalRole(lead: string): boolean {
  const words = lead.toLowerCase().split(/\s+/).filter(Boolean);
  if (/^(?:the|a|an)$/.test(words[0] ?? '')) words.shift();
  if (words.length === 0 || words.length > 5 || words.some((w) => LEAD_STOP.has(w) || !/^[\p{L}'’-]+$/u.test(w))) return false;
  // "front-runner", "co-founder": the last part of a hyphenated noun is its head.
  const head = words.at(-1)!;
  const tail = head.split(/[-‐]/).at(-1)!;
  return ROLE_NOUN.test(head) || isPersonNoun(head) || tail !== head && (ROLE_NOUN.test(tail) || isPersonNoun(tail));
}

/** Words that open a subordinate or relative clause: a name after one is not the main subject. */
const SUBORDINATORS = new Set([
  'after', 'because', 'when', 'while', 'since', 'although', 'though', 'if', 'before', 'until', 'unless',
  'whereas', 'who', 'which', 'that', 'whom', 'whose', 'once',
]);

/** Prepositions whose object a name is ("took swipes at Rubio"). */
const OBJECT_PREPOSITIONS = new Set(['at', 'to', 'with', 'for', 'of', 'on', 'about', 'against', 'from', 'by', 'into', 'toward', 'towards', 'over', 'under', 'between', 'among']);

/** Words opening a subordinate clause before the main one ("As Lee campaigned, he …"). */
/** "(For instance,) the (white) paper notes": a determiner, up to two modifiers and a head, then a lower-case verb. */
const DOCUMENT_SUBJECT = /^[^\p{L}]*(?:[^.;:!?,“”"]{0,80},\s+)?(the|this|that)\s+((?:[\p{Ll}-]+\s+){1,3}\p{Ll}*)/u;

/** A sentence that opens with a participle, a preposition or a subordinate clause before its subject. */
const OPENING_PHRASE = /^[^\p{L}]*(?:\p{L}+(?:ed|ing|en)|after|although|though|as|because|before|despite|during|following|if|in|at|on|once|since|unlike|until|when|while|with|without|amid|from|for|by|under|upon|whether)\s/iu;

/** Lower-case words after a name that show it is not the subject before its verb ("Lee and Kim", "Lee of Acme"). */
const NOT_A_VERB_AFTER_SUBJECT = new Set(['and', 'or', 'of', 'who', 'which', 'that', 'whose', 'in', 'at', 'on', 'for', 'from', 'to', 'with', 'by', 'as', 'the', 'a', 'an']);

const CLAUSE_OPENING_SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'once', 'until', 'if', 'whereas']);

/** Lower-case words that may come just before a main-clause subject ("but Lee", "then Lee"). */
const SUBJECT_LEADS = new Set([
  'but', 'yet', 'so', 'then', 'still', 'later', 'meanwhile', 'however', 'instead', 'now',
  // "One of them is Jo Hart": a copula introduces the topic, not an object.
  'is', 'was', 'are', 'were', 'became', 'remains',
]);

/** Public offices and candidacies, with their title abbreviations: one person holds one at a time. */
const OFFICES: Readonly<Record<string, string>> = ownTable<string>({
  mayor: 'mayor', sen: 'senator', senator: 'senator', gov: 'governor', governor: 'governor', rep: 'representative',
  representative: 'representative', congressman: 'representative', congresswoman: 'representative', judge: 'judge',
  president: 'president', candidate: 'candidate', nominee: 'candidate', minister: 'minister', secretary: 'secretary',
});

/** General English abbreviations of roles: "the PM" is whoever was introduced as prime minister. */
/**
 * Two nouns for people that WordNet gives as synonyms in their commonest senses, looked up both ways (its
 * "captain" lists "skipper", its "skipper" does not list "captain").
 */
/** `general` is a noun for a person one step up from `specific` ("officer" ← "detective"). */
function broaderRole(general: string, specific: string): boolean {
  return isPersonNoun(general) && isPersonNoun(specific) && relatedOf(stemWord(specific)).broader.includes(stemWord(general));
}

function sameRole(a: string, b: string): boolean {
  const [sa, sb] = [stemWord(a), stemWord(b)];
  return sa !== sb && isPersonNoun(a) && isPersonNoun(b) && (relatedOf(sa).synonyms.includes(sb) || relatedOf(sb).synonyms.includes(sa));
}

/** "The accused wept", "The new coach said": a determiner and the lower-case words after it. */
const DESCRIBED_SUBJECT = /^[^\p{L}]*(?:(?:but|and|then|later),?\s+)?(?:the|his|her|their)\s+([a-z-]+(?:\s+[a-z-]+){0,2})/iu;

const ROLE_SYNONYMS: Readonly<Record<string, string[]>> = ownTable<string[]>({
  pm: ['pm', 'prime'],
  ceo: ['ceo', 'chief'],
  cfo: ['cfo', 'financial'],
  mp: ['mp', 'mps'],
  chief: ['chief', 'ceo'],
  boss: ['boss', 'chief', 'ceo', 'manager', 'head'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
});

/** Generic nouns for a business: "the company" is the business named just before. */
const BUSINESS_NOUNS = new Set([
  'company', 'firm', 'group', 'business', 'corporation', 'retailer', 'carmaker', 'manufacturer', 'maker',
  'startup', 'giant', 'bank', 'insurer', 'airline', 'lender', 'operator', 'chain', 'brand', 'conglomerate',
]);
/** "the agency said" after "The National Institute for … confirmed": a bare public-body noun, with no modifier. */
const PUBLIC_BODY_NOUNS = new Set(['agency', 'institute', 'ministry', 'department', 'authority', 'organisation', 'organization', 'commission', 'regulator', 'watchdog']);

/** Heads that all mean "the unnamed people we talked to": "the sources" after "two people". */
/** A noun for a body of people or a business: "the company", "the union", "the council". */
function isBodyNoun(head: string): boolean {
  return BUSINESS_NOUNS.has(head) || PUBLIC_BODY_NOUNS.has(head) || BODY_NOUNS.has(head);
}
const BODY_NOUNS = new Set(['union', 'council', 'board', 'committee', 'party', 'church', 'court', 'city', 'county', 'government', 'campaign', 'school', 'university', 'hospital', 'club', 'team', 'charity', 'foundation']);

const GENERIC_SOURCES = new Set(['source', 'sources', 'people', 'person', 'insiders', 'insider']);

const PLURAL_GROUP = /(?:s|people|police|staff)$/;

/** A group's voice: an unnamed source, an organisation, or a person described as its spokesperson. */
function speaksForGroup(entity: Entity): boolean {
  if (entity.kind !== 'person') return true;
  return /\b(?:spokes\w*|representative|member|leader|chair\w*|head|director|founder|organi[sz]er|campaigner|secretary|president)\b/i
    .test(entity.description ?? '');
}

/** The pronoun a noun for a person takes ("the congresswoman" → she); "he or she" (person) when it says nothing. */
function genderOfHead(head: string): string {
  return /(?:woman|women|ess|mother|wife|daughter|sister|girl|lady)$/.test(head) ? 'she' : /(?:man|men|father|husband|son|brother|boy)$/.test(head) && !/woman$/.test(head) ? 'he' : 'person';
}

function isBefore(e: Event, before: { paragraph: number; offset: number }): boolean {
  return e.paragraph < before.paragraph || (e.paragraph === before.paragraph && e.offset < before.offset);
}

/** "Dutchman" → "dutch", "Brazilian" → "brazilian": a one-word name that is a nationality. */
function demonymOf(entity: Entity): string | null {
  if (entity.nameTokens.length !== 1) return null;
  const word = entity.nameTokens[0]!;
  const { demonyms } = nameKnowledge();
  for (const candidate of [word, word.replace(/(?:wo)?man$/, ''), word.replace(/(?:wo)?men$/, '')]) {
    if (demonyms.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Could a name the text has not marked as anyone be a he or she? Not an acronym ("CNN"), a lone
 * letter, or several words that do not open with a given name ("Customs Enforcement", "Purple Heart").
 */
function couldBePerson(entity: Entity): boolean {
  const tokens = entity.nameTokens;
  const first = tokens[0] ?? '';
  if (tokens.length === 0 || /^\p{Lu}{2,}$|^\p{L}$/u.test(first)) return false;
  return tokens.length === 1 || nameKnowledge().given.has(first.toLowerCase());
}

/** Places, party words, dates and time zones: never a speaker, never a pronoun's antecedent. */
export function isNonSpeaker(entity: Entity): boolean {
  if (entity.kind === 'source') return false;
  let nonSpeaker = nonSpeakerNames.get(entity.nameTokens);
  if (nonSpeaker === undefined) nonSpeakerNames.set(entity.nameTokens, (nonSpeaker = isNonSpeakerName(entity.nameTokens)));
  return nonSpeaker;
}

/**
 * isNonSpeakerName of each name, worked out once: the resolver asks it of every earlier mention
 * for each speaker phrase. Keyed by the token array, which a longer name replaces, never changes.
 */
const nonSpeakerNames = new WeakMap<readonly string[], boolean>();

/**
 * A name of unknown kind that could be a person's: not a plural, not a place, firm or outlet the
 * lexicon knows, and (with more words) opening with a known given name.
 */
function couldBePersonName(entity: Entity): boolean {
  const words = entity.name.split(/\s+/);
  const lower = entity.name.toLowerCase();
  const knowledge = nameKnowledge();
  if (/s$/.test(lower) || knowledge.places.has(lower) || knowledge.organisations.has(lower)) return false;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) || OUTLET_OR_BODY_WORDS.has(w.toLowerCase()))) return false;
  return words.length === 1 || knowledge.given.has(words[0]!.toLowerCase()) && !knowledge.places.has(words[0]!.toLowerCase());
}

const OUTLET_OR_BODY_WORDS = new Set(['post', 'times', 'news', 'journal', 'house', 'party', 'committee', 'department', 'poll', 'institute', 'center', 'centre', 'university', 'college', 'court', 'council', 'foundation', 'fund', 'group', 'bank', 'agency', 'office', 'board', 'network', 'magazine', 'tribune', 'herald', 'press', 'review', 'report']);

function compatibleWith(pronoun: string, entity: Entity): boolean {
  if (isNonSpeaker(entity)) return false;
  switch (pronoun) {
    case 'he':
      return entity.kind === 'person' && entity.gender !== 'female';
    case 'she':
      return entity.kind === 'person' && entity.gender !== 'male';
    case 'they':
    case 'we':
      return entity.kind === 'source' || entity.kind === 'organisation' || entity.gender === 'plural';
    case 'it':
      return entity.kind === 'organisation';
    default:
      return entity.kind === 'person';
  }
}

function learnGender(pronoun: string, entity: Entity): void {
  if (entity.gender !== null || entity.kind !== 'person') return;
  if (pronoun === 'he') entity.gender = 'male';
  if (pronoun === 'she') entity.gender = 'female';
}
