// Direct quotes and their speakers: the sample case's expectations, then the patterns one by one.

import { describe, expect, it } from 'vitest';
import { readSeed, seedFileNames } from '../../testing/seeds';
import { extractQuotes } from './quotes';

function seed(prefix: string): string {
  const name = seedFileNames.find((file) => file.startsWith(prefix));
  if (name === undefined) throw new Error(`no seed ${prefix}`);
  return readSeed(name);
}

function speakerOf(text: string, quoteStart: string): string | null | undefined {
  return extractQuotes(text).find((quote) => quote.text.startsWith(quoteStart))?.speaker;
}

describe('extractQuotes on the sample case', () => {
  it.each([
    ['002', 'We urge the DPRK to abide by the public commitments', 'Adrienne Watson'],
    ['002', 'Arms discussions between Russia and the DPRK', 'Adrienne Watson'],
    ['004', 'We urge [North Korea] to cease its arms negotiations', 'John Kirby'],
    ['000', 'one on one if necessary', 'Dmitry S. Peskov'],
    ['000', 'soon', 'Korean Central News Agency'],
    ['000', 'in the coming days', 'TASS'],
    ['000', 'Giving military technologies to North Korea', 'Oleg Kiriyanov'],
    ['003', 'The West tried to isolate Russia', 'Moon Chung-in'],
    ['003', 'Otherwise, the Russians are hinting', 'Andrei Lankov'],
    // "the Russian leader last week said" (and the spun copy's "the Russian chief final week
    // stated"): the person the text described as Russian, not North Korea or nobody.
    ['000', 'expand bilateral ties', 'Vladimir Putin'],
    ['001', 'expand bilateral ties', 'Vladimir Putin'],
  ])('%s: “%s…” → %s', (prefix, quote, speaker) => {
    expect(speakerOf(seed(prefix), quote)).toBe(speaker);
  });

  it('gives each quote its words without the marks, as offsets into the text', () => {
    const text = seed('000');
    for (const quote of extractQuotes(text)) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speakerRange !== null) {
        expect(text.slice(quote.speakerRange.start, quote.speakerRange.end).length).toBeGreaterThan(
          1,
        );
      }
    }
    expect(extractQuotes(text).map((quote) => quote.text)).toContain('one on one if necessary');
  });
});

describe('extractQuotes patterns', () => {
  it.each([
    [
      'straight quotes, speaker after',
      '"We will win the vote," said Tony Blair.',
      'We will win the vote',
      'Tony Blair',
    ],
    [
      'straight quote opened with a space after it',
      'Nicholas Negroponte said a laptop could be " very important to the whole family". He said more.',
      'very important to the whole family',
      'Nicholas Negroponte',
    ],
    [
      'curly quotes, speaker before',
      'Mr Smith said: “It was a very good year for us.”',
      'It was a very good year for us',
      'Smith',
    ],
    [
      'guillemets',
      'Le ministre Jean Dupont a dit «nous allons gagner» hier, said Jean Dupont.',
      'nous allons gagner',
      'Jean Dupont',
    ],
    [
      '„“ quotes',
      'Angela Merkel said „wir schaffen das“ in Berlin.',
      'wir schaffen das',
      'Angela Merkel',
    ],
    [
      'title dropped',
      '“Talks will go on,” said White House spokesperson Adrienne Watson.',
      'Talks will go on',
      'Adrienne Watson',
    ],
    [
      'body keeps its country',
      '“No change,” said South Korea’s Unification Ministry.',
      'No change',
      'South Korea’s Unification Ministry',
    ],
    [
      'the dropped from a body',
      '“We confirm the visit,” the Kremlin said.',
      'We confirm the visit',
      'Kremlin',
    ],
    [
      'appositive skipped',
      '“It is over,” said Ann Lee, head of the firm.',
      'It is over',
      'Ann Lee',
    ],
    [
      'according to',
      'The talks were “very productive”, according to Jane Doe.',
      'very productive',
      'Jane Doe',
    ],
    [
      'participle',
      'John Kirby warned the North, telling reporters, “We urge restraint.”',
      'We urge restraint',
      'John Kirby',
    ],
    ['nobody named', 'The so-called “quiet period” ended.', 'quiet period', null],
    [
      'single quotes that are clearly quotes',
      "Tony Blair said: 'We will not give up on this at all.'",
      'We will not give up on this at all',
      'Tony Blair',
    ],
  ])('%s', (_name, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('takes the fullest form of a name given anywhere in the text', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke on Monday.\n\n“We are ready,” Peskov said.';
    expect(speakerOf(text, 'We are ready')).toBe('Dmitry Peskov');
  });

  it('does not take a firm named with "&" for the "he" of a later quote', () => {
    const text =
      'Tom Jones is its chairman. Marsh & McLennan agreed to pay. "We are pleased," he said.';
    expect(speakerOf(text, 'We are pleased')).toBe('Tom Jones');
  });

  it('does not read a description as one whose rank or "former" conflicts with it', () => {
    const seeded =
      'Ann Lee won the final against seventh seed Jo Park. Ann Lee was pleased. "I played well," said the top seed.';
    expect(speakerOf(seeded, 'I played well')).toBe('Ann Lee');
    const same =
      'Ann Lee won the final against seventh seed Jo Park. "I fought hard," said the seventh seed.';
    expect(speakerOf(same, 'I fought hard')).toBe('Jo Park');
    const former =
      'Former minister Tom Hill spoke. Tom Hill was angry. "It is wrong," said the minister.';
    expect(speakerOf(former, 'It is wrong')).not.toBe('Tom Hill');
  });

  it('credits the subject after "points out" and "notes" following a quote', () => {
    const text =
      '"It takes a lot of training," points out former Olympian and BBC pundit Steve Cram. "Yes," notes Ann Hill.';
    expect(speakerOf(text, 'It takes a lot')).toBe('Steve Cram');
    expect(speakerOf(text, 'Yes')).toBe('Ann Hill');
  });

  it('reads the subject before a dash aside, even one holding a quotation', () => {
    const text =
      'But Neil Herron - who is one of the "metric martyrs" and backs the North East Says No campaign - said he was not convinced. "The reality is bad," he said.';
    expect(speakerOf(text, 'The reality is bad')).toBe('Neil Herron');
  });

  it('reads "the watchdog"/"the group" as the body the text described so', () => {
    const text =
      'Acme Corp was accused by the media watchdog, Reporters Without Borders. Acme Corp denied it. Acme Corp is big. "Acme is censoring news," said the group in a statement. "It must stop," the watchdog said.';
    expect(speakerOf(text, 'Acme is censoring')).toBe('Reporters Without Borders');
    expect(speakerOf(text, 'It must stop')).toBe('Reporters Without Borders');
  });

  it('still reads "the club" as the story’s club, not a rival club described last', () => {
    const text =
      'Manchester United received an offer. Manchester United shares rose. Rival club Manchester City objected. "We will consider it," the club said.';
    expect(speakerOf(text, 'We will consider')).toBe('Manchester United');
  });

  it('credits "the spokesman", none named, to the body last credited', () => {
    const text =
      'The Home Office said the operation had been reviewed. A spokesman said President Musharraf was safe. "We cannot discuss it," said the spokesman.';
    expect(speakerOf(text, 'We cannot discuss it')).toBe('Home Office');
    const named =
      'The Home Office said it would act. Its spokesman Tom Hill spoke. "We will act," said the spokesman.';
    expect(speakerOf(named, 'We will act')).toBe('Tom Hill');
  });

  it('credits "a spokeswoman said" to the body last credited, not "a company said"', () => {
    const text =
      'The show will not return, the BBC has said. The presenters were recruited in July. ' +
      '"There are no plans for another series," a spokeswoman said.';
    expect(speakerOf(text, 'There are no plans')).toBe('BBC');
    const other =
      'The show will not return, the BBC has said. "There are no plans for it," a company said.';
    expect(speakerOf(other, 'There are no plans')).toBeNull();
  });

  it('carries the speaker to a following quote sentence and to pronouns', () => {
    const text =
      '“Talks went well,” said Adrienne Watson. “We urge restraint.”\n\n“It is time,” she added.';
    expect(speakerOf(text, 'We urge restraint')).toBe('Adrienne Watson');
    expect(speakerOf(text, 'It is time')).toBe('Adrienne Watson');
  });

  it('reads a quote running across sentences and one running across paragraphs', () => {
    const text =
      'Jane Doe said: “The first part is here. The second part follows.” Then she left.\n\n' +
      'John Roe said: “This quote goes on.\n\n“And on into this paragraph,” he said.';
    const quotes = extractQuotes(text);
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['The first part is here. The second part follows', 'Jane Doe'],
      ['This quote goes on', 'John Roe'],
      ['And on into this paragraph', 'John Roe'],
    ]);
  });

  it.each([
    [
      'a role before the name',
      'Foreign Secretary Jack Straw met MPs.\n\n"We will not move," the foreign secretary said.',
      'We will not move',
      'Jack Straw',
    ],
    [
      'a role in an appositive',
      'Jack Straw, the foreign secretary, met MPs.\n\nLater the chancellor spoke.\n\n' +
        '"We will not move," the foreign secretary told them.',
      'We will not move',
      'Jack Straw',
    ],
    [
      'a description the text never gave: the person the story is about',
      'World number one Lindsay Davenport criticised Wimbledon.\n\n' +
        'Reacting to a comment by chairman Tim Phillips, the American said: "It is insulting."',
      'It is insulting',
      'Lindsay Davenport',
    ],
    [
      'a description with a capitalised modifier is still a person',
      'Rock star Ozzy Osbourne has quit television.\n\n' +
        '"I did not like the cameras," the Black Sabbath singer told reporters.',
      'I did not like the cameras',
      'Ozzy Osbourne',
    ],
    [
      '"the club" is the club the story is about, not the rival it last named',
      "Manchester United's board met Malcolm Glazer. Manchester United fans protested.\n\n" +
        'Rival local club Manchester City pleaded with fans.\n\n' +
        '"Any board must consider an offer," the club said.',
      'Any board must consider an offer',
      'Manchester United',
    ],
    [
      'a pronoun before anyone is credited: the person named so far, possessive or not',
      'Bill Conti\'s job is not for the faint-hearted.\n\n"It is a live performance," he says.',
      'It is a live performance',
      'Bill Conti',
    ],
    [
      'a phrase quoted in a sentence about someone, with no credit',
      'Justice Minister Cathy Jamieson dropped the plans. ' +
        'She will announce the move on Monday, aiming to "break down the barriers in prisons".',
      'break down the barriers in prisons',
      'Cathy Jamieson',
    ],
    [
      "a title quoted in a sentence about someone is nobody's words",
      'Silvio Berlusconi met industrialists. ' +
        'He will present an "Action Plan for the Development of Italy" on Monday.',
      'Action Plan for the Development of Italy',
      null,
    ],
    [
      'a name and a long appositive between a quote and its verb',
      '"Consumers want fewer cables," Jeff Ravencraft, technology strategist at Intel and ' +
        'chairman of the Wireless USB Promoter Group, told ZDNet.',
      'Consumers want fewer cables',
      'Jeff Ravencraft',
    ],
    [
      'an unnamed spokesman stays unnamed',
      'Prime Minister Tony Blair spoke.\n\n"No comment," the spokesman said.',
      'No comment',
      null,
    ],
    [
      'a sentence opening with "he" keeps him its subject, not the names it lists',
      'Fans love the format. For Rick Dean, director of content at THX, the future is bright. ' +
        'He has worked on Star Wars, Finding Nemo and Indiana Jones. ' +
        '"It was a time of change," he told the BBC.',
      'It was a time of change',
      'Rick Dean',
    ],
    [
      '"he" after a sentence whose subject is a name the text never marks as a person',
      'The name Visual Radio leads people to think of television but Reidar Wasenius, a senior ' +
        'manager at Nokia, was adamant. He said: "It is not television at all."',
      'It is not television at all',
      'Reidar Wasenius',
    ],
    [
      '"he" after a marked person subject stays with that person',
      'Prime Minister Tony Blair met Reidar Wasenius, a senior manager at Nokia. ' +
        'He said: "It is not television at all."',
      'It is not television at all',
      'Tony Blair',
    ],
    [
      'an acronym reads as the body name the text spells out',
      'Rules of the European Union were delayed. ' +
        '"We could not put it on the agenda," an EU spokesman said.',
      'We could not put it on the agenda',
      'European Union',
    ],
    [
      '"by saying" credits the clause subject, a nationality description included',
      'Argentine David Nalbandian lost to Lleyton Hewitt. The Argentine had stoked up the row ' +
        'by saying Hewitt\'s celebrations were "not very good for the sport".',
      'not very good for the sport',
      'David Nalbandian',
    ],
    [
      'a quote in a clause with its own credit is not the closing credit’s',
      'Concessions on a bill which critics claim would allow euthanasia "through the back ' +
        'door" were not a ploy, Lord Falconer has said.',
      'through the back door',
      null,
    ],
    [
      'a quote the closing credit follows directly is still its own',
      'Critics attacked the bill. "It is not a ploy at all," Lord Falconer has said.',
      'It is not a ploy at all',
      'Lord Falconer',
    ],
    [
      '"read the statement" goes to the source the previous sentence credited',
      'In a statement detailing the bans Valve said the system worked. ' +
        '"The method used was extremely easy to trace," read the statement.',
      'The method used was extremely easy to trace',
      'Valve',
    ],
    [
      'a role before a speech verb is not the role of the name after it',
      'The files concern Gen Pervez Musharraf. The Home Office said the plan was reviewed. ' +
        'A spokesman said President Musharraf was safe. "We cannot discuss it," said the spokesman.',
      'We cannot discuss it',
      'Home Office',
    ],
    [
      'a phrase quoted after "accused … of" is the accuser’s',
      'Labour MPs warned against disunity. The Tories have already accused the prime minister ' +
        'of behaving like "schoolboys squabbling in a playground".',
      'schoolboys squabbling in a playground',
      'Tories',
    ],
    [
      '"…, who … by saying" credits the name the relative follows',
      'Lleyton Hewitt beat David Nalbandian, who had angered him by saying his celebrations ' +
        'were "not very good for the sport".',
      'not very good for the sport',
      'David Nalbandian',
    ],
  ])('descriptions and anaphora: %s', (_name, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it.each([
    [
      'a body named with "for"',
      '"We will introduce a Bill," the Department for Transport said on Sunday.',
      'We will introduce',
      'Department for Transport',
    ],
    [
      'a body named with "for" and "and"',
      'A Department for Education and Skills spokeswoman said the venture had been "ambitious and ground-breaking".',
      'ambitious and ground-breaking',
      'Department for Education and Skills',
    ],
    [
      'a surname after an honorific, a given name ending in "-an"',
      'Federal Reserve chairman Alan Greenspan has warned on deficits.\n\n"Changes should be made sooner," Mr Greenspan said.',
      'Changes should be made',
      'Alan Greenspan',
    ],
    [
      'a name ending in a month',
      'Guitarist Brian May has said he expects to tour. May said: "The Queen Phoenix is rising again."',
      'The Queen Phoenix',
      'Brian May',
    ],
    [
      'an occupational title before the name',
      'The song was written by radio DJ Mike Read. "It is a sad song," Read said.',
      'It is a sad song',
      'Mike Read',
    ],
    [
      'a nickname inside the name',
      'Antonio "LA" Reid, chairman of the group, said: "I can think of no-one more relevant."',
      'I can think of',
      'Antonio "LA" Reid',
    ],
    [
      'a pronoun after a person described as editor of a magazine',
      'This could be the tip of the iceberg thinks Tim Danton, editor of PC Pro Magazine. "We expect these figures to leap," he said.',
      'We expect these figures',
      'Tim Danton',
    ],
    [
      'a news agency quoting an unnamed source',
      'Traders were sceptical. "A deal does not seem likely," Reuters quoted one trader as saying.',
      'A deal does not seem likely',
      null,
    ],
    [
      'a news agency quoting a named source',
      '"A deal does not seem likely," Reuters quoted analyst Ann Lee as saying.',
      'A deal does not seem likely',
      'Ann Lee',
    ],
    [
      'a passive description, no agent',
      'Nathan Barley will be a comedy. Barley is described as a "webmaster, guerrilla film-maker and screenwriter".',
      'webmaster',
      null,
    ],
    [
      'a passive description whose agent is unnamed',
      'Mr Brown also announced plans to merge agencies - described by one union as a "bonfire of the quangos".',
      'bonfire of the quangos',
      null,
    ],
    [
      'an active description stays the subject’s',
      'Gordon Brown described the plans as "a bonfire of the quangos".',
      'a bonfire of the quangos',
      'Gordon Brown',
    ],
    [
      'a descriptor glued to a name is no part of it; a body’s first word reads as the body',
      'Shares in Acme Airlines fell. Houston-based Acme said it "will cut costs in the spring".',
      'will cut costs',
      'Acme Airlines',
    ],
    [
      'a person, then the body they speak for, before the verb',
      'Jane Rowe, Leeds Traders Association said: "We have tried very hard to win."',
      'We have tried',
      'Jane Rowe',
    ],
    [
      'several appositives back to the name they describe',
      '"We need more room," Tom Hale, from Acme\'s Boston Laboratories, one of the pioneers, told the BBC.',
      'We need more room',
      'Tom Hale',
    ],
    [
      'a body described by an appositive stays the speaker',
      '"Prices will fall," Tesco, the UK\'s biggest retailer, said.',
      'Prices will fall',
      'Tesco',
    ],
    [
      'a person described as a body’s spokesman stays the speaker',
      '"Prices will fall," Ann Lee, a spokeswoman for Tesco, said.',
      'Prices will fall',
      'Ann Lee',
    ],
    [
      'a coordinated role ("the writer and broadcaster") describes one person',
      'Germaine Greer quit the show. Greer said so. The feminist writer and broadcaster said the show had behaved "like a child rather than a parent" on Monday.',
      'like a child',
      'Germaine Greer',
    ],
    [
      'a question’s opening auxiliary is no part of the name after it',
      'Was Ann Lee right to leave? Ann Lee quit. The writer said "it had become a circus for all of us".',
      'it had become',
      'Ann Lee',
    ],
    [
      'lower-case role words before a body describe it ("media watchdog Ofcom")',
      'Viewers complained to media watchdog Ofcom. Acme Corp denied it. Acme Corp is big. "We will look into it," the watchdog said.',
      'We will look',
      'Ofcom',
    ],
    [
      'titles joined by "and" before a name after the quote ("chairman and chief executive")',
      'Acme said its profits fell. "Acme reported solid results in 2004, despite conditions," Acme chairman and chief executive Ann Lee said.',
      'Acme reported solid',
      'Ann Lee',
    ],
    [
      'an "and" starting a new clause after the quote still breaks the credit',
      'Acme said its profits fell. "We had solid results in 2004, despite conditions," and shares rose as Ann Lee said.',
      'We had solid',
      'Acme',
    ],
    [
      '"says its report" is the body last credited',
      'In a report, the Electoral Commission says a cap is worth debating.\n\nDonations rose. The commission says capping donations would cost taxpayers. "While we are not opposed to a cap, we do not think it sensible," says its report.',
      'While we are not',
      'Electoral Commission',
    ],
    [
      '"our correspondent" is the correspondent the text named',
      'The BBC correspondent, James Hardy, said it would happen. "We will lay out our credentials as reformers," our correspondent said.',
      'We will lay out',
      'James Hardy',
    ],
    [
      '"the correspondent" after an intervening sentence is the correspondent named',
      'BBC correspondent James Hardy said it would draw sharp lines. It would contrast plans. "We will lay out our credentials as reformers," the correspondent said.',
      'We will lay out',
      'James Hardy',
    ],
    [
      '"the correspondent" none introduced is not the person the story is about',
      'Ann Lee quit the firm.\n\nThe firm lost Ann Lee.\n\n"We will lay out our credentials as reformers," the correspondent said.',
      'We will lay out',
      null,
    ],
    [
      'a description after the verb, then the name after a comma',
      'The fair went ahead. "We asked ourselves whether to cancel," said the fair\'s managing director, Ana Ruiz.',
      'We asked ourselves',
      'Ana Ruiz',
    ],
    [
      'a description after "according to", then the name',
      'Sales fell. "The winter was far too warm for us," according to the chain\'s finance director, Tom Reed.',
      'The winter was far',
      'Tom Reed',
    ],
    [
      'no name after the comma: the description stays',
      'The fair went ahead. "We asked ourselves whether to cancel," said the organiser, who declined to be named.',
      'We asked ourselves',
      null,
    ],
    [
      'a weekday that is a surname after a given name',
      '"We have the pace to beat anyone in this pool," said Wales sevens coach Gareth Monday.',
      'We have the pace',
      'Gareth Monday',
    ],
    [
      'a weekday after the verb is the person the text names with that surname',
      'Gareth Monday\'s side led at half-time. "We were never in any danger," said Monday.',
      'We were never',
      'Gareth Monday',
    ],
    [
      'a weekday after the verb with no such person is the day',
      'The side led at half-time. "We were never in any danger," the coach said Monday.',
      'We were never',
      null,
    ],
    [
      'a person, then their role at a body, before the verb',
      'Approvals fell. "These figures show the market is slowing," Jane Holt, BSA policy director, said.',
      'These figures show',
      'Jane Holt',
    ],
    [
      'the speaker credited before a quote, not the outlet reporting the sentence',
      'Prosecutors said Reed was "a fraudster in a new suit", using the web to sell useless pills, news agency Reuters reported.',
      'a fraudster',
      null,
    ],
    [
      'a named speaker before a quote, not the outlet reporting the sentence',
      'Mr Ortiz said the talks were "frank and useful", the AP reported.',
      'frank and useful',
      'Ortiz',
    ],
    [
      '"is the assessment of" after a quote',
      '"Voters like the government more than its members do," is the blunt assessment of Rosa Kemp, leader of the council group.',
      'Voters like the government',
      'Rosa Kemp',
    ],
    [
      'a plural noun opening a sentence before "in" and a name is no name',
      'Shares in Northern Rail rose 4% on Monday. The club has rejected the offer twice. But a senior source at the club told the BBC: "This time it is different."',
      'This time it is different',
      'Northern Rail',
    ],
    [
      "a party by its members' name is the party",
      'Sources within the Liberal Party said it had backed the plan. Despite their doubts, the Liberals insisted on a review. "It will take a decade to come into effect," a spokesman said.',
      'It will take a decade',
      'Liberal Party',
    ],
    [
      'a quote the previous sentence attributes to someone',
      'I am reminded of a line attributed to Mark Twain. "Get your facts first, then you can distort them as you please."',
      'Get your facts first',
      'Mark Twain',
    ],
    [
      '"the prime minister\'s spokesman" is the prime minister the text described',
      'Prime Minister Helen Ward faced questions. Lord Crane said Ms Ward bypassed the cabinet. The prime minister\'s official spokesman said the cabinet was still used. But he added: "You cannot take every decision in cabinet."',
      'You cannot take',
      'Helen Ward',
    ],
    [
      "a title's first word that the text writes lower-case is no part of a name",
      'Veteran Hart backs new band\n\nBen Hart, the music veteran who founded a label in 1980, has a new band. Now Hart believes the act will win. "They are my third great band," he told a radio show.',
      'They are my third',
      'Ben Hart',
    ],
    [
      'a nationality noun before a name is no part of it',
      'Moya lost to fellow Spaniard Luis Garcia-Ortiz on Monday. Garcia-Ortiz was delighted. "This was the most important win of my life," he said.',
      'This was the most',
      'Luis Garcia-Ortiz',
    ],
    [
      'a descriptor glued with "-seeded" is no part of a name',
      'Top-seeded Americans Andy Roddick and Tom Lee won. Roddick was unhappy. "I am not playing great," he said.',
      'I am not playing',
      'Andy Roddick',
    ],
    [
      'a firm, then lower-case words ending in a role, then the person',
      'Shares rose. In 2005 it "will rise toward 13,000", predicted Morgan Stanley equity strategist Naoki Kamiyama.',
      'will rise toward',
      'Naoki Kamiyama',
    ],
    [
      'a body named by its acronym stays a body for "the spokesman"',
      'A candidate for the UK Independence Party (UKIP) has resigned. A UKIP spokesman said his resignation followed reports. "He did once attend a meeting," the spokesman added.',
      'He did once attend',
      'UK Independence Party',
    ],
    [
      'a time phrase before the subject and a comma is no name',
      'On Thursday, senior law lord Lord Amble said the rules were unlawful as they allowed arrests "in a way that discriminates on the ground of nationality".',
      'in a way that',
      'Lord Amble',
    ],
    [
      "a participle after a clause is its person subject's",
      'Ann Dale is to stand down. Ms Dale served on the city council before being elected to Parliament in 1997, declaring "today Leeds, tomorrow the world".',
      'today Leeds',
      'Ann Dale',
    ],
    [
      '"the report said" after a body\'s findings in the same paragraph',
      'The Audit Commission said the city still had no plan. The commission urged ministers to act. It said councils needed to be more accountable. The report said: "Councils still do not report fraud on a consistent basis."',
      'Councils still do not',
      'Audit Commission',
    ],
    [
      'an agentless "hailed for his" credits nobody',
      'Director Kim Ho has won an honorary award. Kim, who has made 90 films, was hailed for his "remarkable visual beauty and depth".',
      'remarkable visual beauty',
      null,
    ],
    [
      "an unnamed person's words reported by a named one are nobody's the text names",
      'Mr Stone said the man, who later ran off, claimed he was "doing it for the cause".',
      'doing it for the cause',
      null,
    ],
    [
      "a named body's words reported by a named person stay the person's",
      'Mr Stone said the US had agreed to release the four after "intensive and complex talks".',
      'intensive and complex',
      'Stone',
    ],
    [
      '"of the" inside a name',
      'The show goes on. A Head of the Queue spokesperson said: "It is a very special week for us."',
      'It is a very special',
      'Head of the Queue',
    ],
    [
      'a one-word name used on its own first is not a longer name starting with it',
      'Pike has said its profit will fall.\n\n"Our sale has been below expectations," the company said. Its brands include Pike Travel.\n\nPike said it would cut prices.',
      'Our sale has been',
      'Pike',
    ],
    [
      'a "full name" given late stands for the short name',
      'Singer Nadia had two nominations.\n\nThe singer, full name Nadia Holt, was signed at 15. "I was away from home a lot," Nadia said.',
      'I was away',
      'Nadia Holt',
    ],
    [
      'a firm\'s "&" initials',
      'Mortgage lender Bristol & Bath reported profits.\n\nBut B&B said the sector "continues to grow at a good rate".',
      'continues to grow',
      'Bristol & Bath',
    ],
    [
      'a nickname in single quotes',
      'Ahmed \'Tiko\' Salem has apologised.\n\nTiko said: "There is not much I have to say today."',
      'There is not much',
      "Ahmed 'Tiko' Salem",
    ],
    [
      "a participle after an opening phrase naming a body's member",
      'Gordon Brown spoke. A Treasury spokesperson dismissed the latest claims, saying it was "on track to meet the rules".',
      'on track to meet',
      'Treasury',
    ],
    [
      'a document and who it is from, between commas',
      'The government acted. The letter, from the Home Office, says: "I am writing to inform you of the decision."',
      'I am writing',
      'Home Office',
    ],
    [
      '"Jan" before a surname is a given name',
      'The federation is opposed. Federation chairman Jan Moss said officers should act as "eyes and ears" for the police.\n\n"They should not be placed in danger," she said.',
      'They should not',
      'Jan Moss',
    ],
    [
      'a plural noun after a name a possessive opens is no reporting verb',
      'Ronan Hale won.\n\nHe kicked 14 points to keep alive their Grand Slam hopes. He told BBC Sport: "We made hard work of it."',
      'We made hard work',
      'Ronan Hale',
    ],
    [
      'a name ending in a role word is a body, not the "he" of a later quote',
      'Mr Dunn said the tragedy should persuade everyone. The first minister praised the response. The Scottish Executive has seconded 11 staff.\n\nBut he said Scotland was "in it for the long term" with help planned.',
      'in it for the long',
      'Dunn',
    ],
    [
      'a one-word name credited after the last person is the later "he"',
      'Manager Steven Hale may leave.\n\nBut Parry, speaking exclusively to BBC Sport, also admits Hale will have the final say. He told BBC Five Live: "Steven is above money."',
      'Steven is above money',
      'Parry',
    ],
    [
      'a place continuing an aside after the name is no subject',
      'Andrew Fisher, from Omaha, Nebraska, said he would sell his forehead. "I am selling something I already own," he told the BBC.',
      'I am selling',
      'Andrew Fisher',
    ],
    [
      'a clipped first word of one full name ("the Fed")',
      'The Federal Reserve raised rates. In a statement, the Fed said inflation pressures remained "well contained" this year.',
      'well contained',
      'Federal Reserve',
    ],
    [
      'a parliamentary title after a full name is no part of it',
      'Council tax will rise. Scottish Finance Minister, Tom Ross MSP, said: "Last week I announced more money for councils."',
      'Last week I announced',
      'Tom Ross',
    ],
    [
      'a record holder before a name',
      'Jolanda Sela has urged Holmes to go on.\n\nBut World Indoor 800m record holder Sela said: "There is never an easy race when she is in the field."',
      'There is never',
      'Jolanda Sela',
    ],
    [
      'a person "of" something after an inverted verb',
      'Two players were banned. "I am extremely disappointed," said Rangers manager Alex Muir of Novo\'s punishment.',
      'I am extremely',
      'Alex Muir',
    ],
    [
      'a word opening a quotation that the text writes lower-case is no name',
      'The club will reply. "Once Rovers receive our letter we will comment," added the spokesman. The manager was unhappy once more. "It is a disgrace," said Rovers.',
      'It is a disgrace',
      'Rovers',
    ],
    [
      'a description naming its body before the comma and the name',
      'The photo ran on the front page. "We had no choice," said De Krant\'s image editor, Piet Smit.',
      'We had no choice',
      'Piet Smit',
    ],
    [
      '"one of" a group before the comma and the name',
      'The players appealed. "We had no choice," said one of their lawyers, Nikos Karas.',
      'We had no choice',
      'Nikos Karas',
    ],
  ])('names: %s', (_name, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  // Found on sets 10, 11 and 14 to 18 of the speakers evaluation (bench/eval/speakers.ts).
  it.each([
    [
      'an English word opening a headline is no first name',
      'Fuming Robinson blasts referees\n\nEngland coach Andy Robinson was angry. "We have been cost two tries," Robinson told BBC Sport.',
      'We have been cost two tries',
      'Andy Robinson',
    ],
    [
      'a person’s role opening a headline is no first name',
      'Veteran Martinez wins title\n\nConchita Martinez won in Berlin. "It feels really good," said Martinez.',
      'It feels really good',
      'Conchita Martinez',
    ],
    [
      'an age glued to a name is no part of it',
      'Fifteen-year-old Donald Young lost on Monday. "I was tired," Young said.',
      'I was tired',
      'Donald Young',
    ],
    [
      'a religious title is no part of the name',
      'Referring to the detentions, Archbishop Desmond Tutu told BBC News: "It is utterly unacceptable."',
      'It is utterly unacceptable',
      'Desmond Tutu',
    ],
    [
      'a sheriff’s title is no part of the name',
      '"I\'m not pleased," Jefferson Parish Sheriff Harry Lee said.',
      "I'm not pleased",
      'Harry Lee',
    ],
    [
      'a titled person of a body is the person',
      '"It is more than games," said Professor Nadia Thalmann of the Swiss research group MiraLab.',
      'It is more than games',
      'Nadia Thalmann',
    ],
    [
      'a body’s acronym before a full name is no part of it',
      'The chief executive of aerospace group EADS Philippe Camus is to leave. "I accept," Mr Camus said.',
      'I accept',
      'Philippe Camus',
    ],
    [
      'a descriptor before a given name and a surname is no part of the name',
      'Californian Thomas Slattery filed the suit, saying the firm had "abused its power".',
      'abused its power',
      'Thomas Slattery',
    ],
    [
      'a body named after a country is found by its own first word',
      'The report by the US Pew Research Center was out.\n\nSaid the Pew report: "This finding is ironic."',
      'This finding is ironic',
      'Pew Research Center',
    ],
    [
      'an acronym spelled inside a name stands for the name',
      'The UK Independence Party lost a member. UKIP asserts that Mr Hockney "has a moral obligation" to go.',
      'has a moral obligation',
      'UK Independence Party',
    ],
    [
      'a name of English words only is no person',
      'Carly Fiorina is chief of HP.\n\nThe job of firms now, she said in a speech at the Consumer Electronics Show (CES), was to converge. CES showcases gadgets. "Revolution is about power," she told delegates.',
      'Revolution is about power',
      'Carly Fiorina',
    ],
    [
      'a speaker’s line after a dash',
      'United won.\n\n- Bolton boss Sam Allardyce: "I am bitterly disappointed with the result."',
      'I am bitterly disappointed',
      'Sam Allardyce',
    ],
    [
      'an active naming verb credits its subject',
      'Meanwhile backbencher Stephen Pound labelled the schemes "a pile of pants".',
      'a pile of pants',
      'Stephen Pound',
    ],
    [
      'a description a later sentence names',
      '"The economy is at a pause," the economy minister said. "It will feel slower," said economy minister Heizo Takenaka.',
      'The economy is at a pause',
      'Heizo Takenaka',
    ],
    [
      'a name and a possessive after a body’s "and" are not one name',
      'The tours featured calls to the White House and Bono\'s alter egos.\n\n"The challenge is to be bigger," Bono said.',
      'The challenge is to be bigger',
      'Bono',
    ],
    [
      'a person after a body’s possessive',
      'Trade policy was a barrier. War on Want\'s John Hilary said: "Compassion is not enough."',
      'Compassion is not enough',
      'John Hilary',
    ],
    [
      'a place’s description of a body in an appositive',
      'A spokesman for Unison, Britain\'s biggest union, said after the meeting: "Talks resume next week."',
      'Talks resume next week',
      'Unison',
    ],
    [
      'a place’s role in the lead, named in the next sentence',
      'Jamieson warns bigots\n\nScotland\'s justice minister has warned fans that she wants to hit them "where it hurts most" by banning them.\n\nCathy Jamieson said exclusion orders were one measure.',
      'where it hurts most',
      'Cathy Jamieson',
    ],
    [
      'a body’s name written in lower case',
      'Mr Sayeed was suspended after the Commons standards and privileges committee said his conduct had fallen "well below the standards expected".',
      'well below the standards',
      'Commons standards and privileges committee',
    ],
    [
      '"with" a name and a participle',
      'There is a different tone to the approach, with Mr Kennedy stressing politicians should not "foment an artificial debate" about it.',
      'foment an artificial debate',
      'Kennedy',
    ],
    [
      'a person’s report',
      'That is why the report by the former prime minister Wim Kok was urgent. Mr Kok was asked to assess it.\n\nLisbon risks becoming a "synonym for missed objectives", his report said.',
      'synonym for missed objectives',
      'Wim Kok',
    ],
    [
      'a party’s name on its own',
      'Labour claims the policy is little more than a "desperate attempt to catch up".',
      'desperate attempt to catch up',
      'Labour',
    ],
    [
      'a person, then a role with "of" in an appositive',
      'Steve Linford of Spamhaus warned of it. David Stanley, UK managing director of filtering firm Ciphertrust, said the technique was next. "They are adding to their armoury," he said.',
      'They are adding to their armoury',
      'David Stanley',
    ],
    [
      'of two full names with one surname, the one written last',
      'The search began with the help of the brother of Simon Cowell.\n\nWriter Tony Cowell is among the judges. "I\'m not going to be the Mr Nasty of books," said Cowell.',
      "I'm not going to be",
      'Tony Cowell',
    ],
    [
      'a number that is part of a name written more than once',
      'Andre 3000 and Big Boi each made a disc.\n\nAndre 3000 thanked fans "for supporting OutKast throughout the years".',
      'for supporting OutKast',
      'Andre 3000',
    ],
    [
      'a firm named after a person is no fuller form of the person',
      'Stan Lee wrote the covers.\n\nIn 1999, his Stan Lee Media venture failed. "I was tired of it," said Stan Lee.',
      'I was tired of it',
      'Stan Lee',
    ],
    [
      '"it" is the body last credited or the subject, never a person',
      'Beijing News reported the order, citing Pan Yue. The China Three Gorges Project Corp could face a fine. Last week, it denied that its projects violated regulations. "We have abided by the law," it said.',
      'We have abided by the law',
      'China Three Gorges Project Corp',
    ],
  ])('names: %s', (_name, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('does not take a score for part of a name', () => {
    expect(speakerOf('Arsenal 2 Chelsea 1. "We were poor," Arsenal said.', 'We were poor')).toBe(
      'Arsenal',
    );
  });

  it('keeps given names and kept titles that are English words in names', () => {
    expect(speakerOf('Frank Lampard scored. "We won," Lampard said.', 'We won')).toBe(
      'Frank Lampard',
    );
    expect(speakerOf('Lord Condon spoke. "It is wrong," said Condon.', 'It is wrong')).toBe(
      'Lord Condon',
    );
    expect(speakerOf('Robin Cook resigned. "I cannot support it," Mr Cook said.', 'I cannot')).toBe(
      'Robin Cook',
    );
  });

  it('reads descriptions in linear time however many names a text has', { timeout: 60_000 }, () => {
    const letters = (n: number) =>
      n.toString(26).replace(/./gu, (c) => String.fromCharCode(97 + parseInt(c, 26)));
    const parts: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      parts.push(
        `Acme${letters(n)} Holdings rose. Singer Zed${letters(n)} Qux${letters(n * 7)} spoke. ` +
          '"It is fine," the company said. "We will see," the singer said. "Right," the American said.',
      );
    }
    const quotes = extractQuotes(parts.join('\n\n'));
    expect(quotes.length).toBe(60_000);
  });

  it('handles a 200,000-paragraph text without deep recursion', { timeout: 60_000 }, () => {
    const paragraph = '“We will see,” said Ann Lee, head of the firm. Prices rose, officials said.';
    const text = Array.from({ length: 200_000 }, () => paragraph).join('\n\n');
    const quotes = extractQuotes(text);
    expect(quotes.length).toBe(200_000);
    expect(quotes[199_999]?.speaker).toBe('Ann Lee');
  });
});
