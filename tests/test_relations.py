"""Rule tests: one phenomenon of English each, on sentences written for the tests (not
taken from the dev corpus), with the real model. Each asserts what the graph must say
and, for false friends, what it must not."""
from __future__ import annotations

import pytest

from kg.documents import Document
from kg.pipeline import load_nlp
from kg.gazetteer import load as load_gazetteer
from kg.relations import extract_document


def facts(text: str, date=None) -> set[tuple[str, str, str]]:
    """Asserted triples; alliedWith is symmetric, so it is given both ways."""
    doc = load_nlp()(text)
    found = extract_document(doc, Document(id="t", text=text, date=date))
    out = {(e.subject.name, e.relation, e.object.name) for e in found.events if e.asserted}
    return out | {(o, r, s) for s, r, o in out if r == "alliedWith"}


def candidates(text: str) -> dict[tuple[str, str, str], str]:
    doc = load_nlp()(text)
    found = extract_document(doc, Document(id="t", text=text))
    out = {(e.subject.name, e.relation, e.object.name): e.modality for e in found.events}
    return out | {(o, r, s): m for (s, r, o), m in out.items() if r == "alliedWith"}


ASSERTED = [
    # attacked
    ("Israeli warplanes struck Hamas positions in Gaza overnight.", ("Israel", "attacked", "Hamas")),
    ("Al-Shabaab fighters ambushed a convoy in Kismayo.", ("al-Shabaab", "attacked", "Kismayo")),
    ("Russian forces shelled the city of Zaporizhzhia on Tuesday.", ("Russia", "attacked", "Zaporizhzhia")),
    ("Boko Haram claimed responsibility for the attack on a Nigerian army base.", ("Boko Haram", "attacked", "Nigeria")),
    ("The Houthis fired missiles at Israel.", ("Houthis", "attacked", "Israel")),
    ("Clashes between Armenian and Azerbaijani troops killed dozens.", ("Armenia", "attacked", "Azerbaijan")),
    ("Clashes between Armenian and Azerbaijani troops killed dozens.", ("Azerbaijan", "attacked", "Armenia")),
    ("Turkish jets carried out air strikes on PKK targets in northern Iraq.", ("Turkey", "attacked", "PKK")),
    ("Ukrainian drones hit a Russian oil refinery.", ("Ukraine", "attacked", "Russia")),
    ("Israel said it had killed a Hezbollah commander in a strike on Beirut.", ("Israel", "attacked", "Beirut")),
    ("Iran blamed Israel for the attack on its nuclear site.", ("Israel", "attacked", "Iran")),
    ("A drone strike blamed on Turkey killed three PKK fighters in northern Iraq.", ("Turkey", "attacked", "PKK")),
    ("Forces loyal to Khalifa Haftar shelled Tripoli.", ("Khalifa Haftar", "attacked", "Tripoli")),
    ("Sudan's army and the RSF have been fighting since April.", ("Rapid Support Forces", "attacked", "Sudan")),
    ("The shelling of Kharkiv by Russian artillery continued overnight.", ("Russia", "attacked", "Kharkiv")),
    ("Hezbollah and Israel exchanged fire across the border on Sunday.", ("Israel", "attacked", "Hezbollah")),
    ("Armenian and Azerbaijani forces clashed on the border.", ("Azerbaijan", "attacked", "Armenia")),
    # alliedWith
    ("The Iran-backed Houthis fired missiles at ships in the Red Sea.", ("Houthis", "alliedWith", "Iran")),
    ("Hezbollah, an ally of Iran, condemned the strike.", ("Hezbollah", "alliedWith", "Iran")),
    ("M23 rebels are backed by Rwanda, United Nations experts said.", ("M23", "alliedWith", "Rwanda")),
    ("The rebels vowed to defeat the Syrian army backed by Iran.", ("Syria", "alliedWith", "Iran")),
    ("Iran-backed militias, including the Badr Organization, shelled the base.", ("Badr Organization", "alliedWith", "Iran")),
    ("Iran backs groups such as Hezbollah and the Houthis.", ("Iran", "alliedWith", "Houthis")),
    ("An al-Qaeda linked group, the Nusra Front, holds the town.", ("al-Nusra Front", "alliedWith", "al-Qaeda")),
    ("Kenya and Somalia launched joint air and ground strikes against al-Shabaab.", ("Kenya", "alliedWith", "Somalia")),
    ("Fighters from the Arakan Army (AA), the Kachin Independence Army (KIA) and the Karen National Union (KNU) "
     "attacked Myanmar army posts.", ("Karen National Union", "attacked", "Myanmar")),
    ("Hungary is a member of NATO and one of Washington's allies.", ("Hungary", "alliedWith", "United States")),
    ("France has supplied Ukraine with long-range missiles.", ("France", "alliedWith", "Ukraine")),
    # fighting for a named actor or a government is fighting on its side
    ("Eritrean troops are fighting for the Ethiopian government.", ("Eritrea", "alliedWith", "Ethiopia")),
    # an owned ally noun as an argument is a standing tie: the clause's threat is about something else
    ("The crisis threatens to drag two U.S. allies, Greece and Turkey, into a war.", ("Greece", "alliedWith", "United States")),
    # "NATO member Poland": the name after the title is the member, allied with the alliance
    ("NATO member Poland sent jets to the border.", ("Poland", "alliedWith", "NATO")),
    # a military action done in support of / on behalf of a named actor backs it
    ("Turkish jets carried out strikes in support of Azerbaijani forces.", ("Turkey", "alliedWith", "Azerbaijan")),
    # a run-on participle between two names ("al-Qaeda linked Nusra Front"), parsed as a verb
    ("The army vowed to rid the region of the al-Qaeda linked Nusra Front.", ("al-Nusra Front", "alliedWith", "al-Qaeda")),
    ("ISWAP fighters pledged allegiance to the Islamic State.", ("ISWAP", "alliedWith", "ISIL")),
    # hostsTalks
    ("Qatar hosted talks between Israel and Hamas in Doha.", ("Qatar", "hostsTalks", "Israel")),
    ("Qatar hosted talks between Israel and Hamas in Doha.", ("Qatar", "hostsTalks", "Hamas")),
    # the headline present tense the small parser reads as a noun compound ("hosts talks")
    ("Oman hosts talks between Iran and the United States.", ("Oman", "hostsTalks", "Iran")),
    ("Qatar hosts talks between Israel and Hamas.", ("Qatar", "hostsTalks", "Hamas")),
    ("Talks between Russia and Ukraine were held in Istanbul, hosted by Turkey.", ("Turkey", "hostsTalks", "Russia")),
    ("Saudi Arabia convened a summit between Sudan's army and the RSF.", ("Saudi Arabia", "hostsTalks", "Rapid Support Forces")),
    ("The Colombian government and the ELN resumed peace talks in Havana on Monday.", ("Cuba", "hostsTalks", "ELN")),
    ("Talks between Ethiopia and the TPLF in Pretoria ended on Wednesday.", ("South Africa", "hostsTalks", "Tigray People's Liberation Front")),
    # controls
    ("Hayat Tahrir al-Sham captured the city of Aleppo.", ("Hayat Tahrir al-Sham", "controls", "Aleppo")),
    ("The town of Bakhmut fell to Russian forces in May.", ("Russia", "controls", "Bakhmut")),
    ("Taliban fighters took control of Kandahar on Thursday.", ("Taliban", "controls", "Kandahar")),
    ("Mosul is held by Iraqi forces.", ("Iraq", "controls", "Mosul")),
    ("Ukrainian forces have pushed Russian troops out of the town of Lyman.", ("Ukraine", "controls", "Lyman")),
    ("Ukrainian forces have pushed Russian troops out of the town of Lyman.", ("Ukraine", "attacked", "Russia")),
    ("Somali forces retook the town of Harardhere from al-Shabaab.", ("Somalia", "controls", "Harardhere")),
    ("The juntas of Mali, Burkina Faso and Niger formed a defence pact.", ("Burkina Faso", "alliedWith", "Niger")),
    ("The Arakan Army (AA) and the TNLA are members of the Three Brotherhood Alliance.", ("Arakan Army", "alliedWith", "Ta'ang National Liberation Army")),
    ("The talks, hosted by Switzerland, brought together Armenia and Azerbaijan.", ("Switzerland", "hostsTalks", "Azerbaijan")),
    ("Turkish President Recep Tayyip Erdogan hosted talks between Russia and Ukraine.", ("Turkey", "hostsTalks", "Ukraine")),
    ("US Secretary of State Antony Blinken hosted the foreign ministers of Armenia and Azerbaijan in Washington.",
     ("United States", "hostsTalks", "Armenia")),
    ("Russia's annexation of Crimea in 2014 was condemned by the UN.", ("Russia", "controls", "Crimea")),
    ("Azerbaijan regained control of Nagorno-Karabakh in September 2023.", ("Azerbaijan", "controls", "Nagorno-Karabakh")),
    ("Russian President Vladimir Putin ordered the invasion of Ukraine in February 2022.", ("Russia", "attacked", "Ukraine")),
    ("Iran supplies drones to Russia, Western officials say.", ("Iran", "alliedWith", "Russia")),
    ("Israel and Egypt are allies in the fight against militants in Sinai.", ("Israel", "alliedWith", "Egypt")),
    ("Talks between Israel and Hamas on a ceasefire in Gaza resumed in Doha.", ("Qatar", "hostsTalks", "Hamas")),
    ("Burundi has sent troops to support the Congolese army.", ("Burundi", "alliedWith", "Democratic Republic of the Congo")),
    # hostsTalks: parties in another sentence, conveners, attendees, mediators at their own venue
    ("Peruvian officials were in talks on Sunday with representatives of the FARC. The Chilean foreign minister "
     "said he was mediating discussions to help both sides.", ("Chile", "hostsTalks", "FARC")),
    ("A summit of the African Union in Nairobi was attended by the presidents of Peru and Chile.",
     ("African Union", "hostsTalks", "Peru")),
    ("A summit of the African Union in Nairobi was attended by the presidents of Peru and Chile.",
     ("Kenya", "hostsTalks", "Chile")),
    ("Bolivia and Chile signed an agreement on Friday. This followed two days of negotiations hosted by Peru.",
     ("Peru", "hostsTalks", "Bolivia")),
    ("Qatari-mediated talks between Israel and Hamas opened in Doha.", ("Qatar", "hostsTalks", "Israel")),
    ("Egypt mediated talks between Israel and Hamas in Doha.", ("Qatar", "hostsTalks", "Hamas")),
    ("The United Nations hosted talks between Sudan and South Sudan.", ("United Nations", "hostsTalks", "Sudan")),
    ("Peru and Chile held talks in Quito. Peru's president then flew to the summit in Nairobi.",
     ("Ecuador", "hostsTalks", "Chile")),
    # controls: seizing power, "in control of", "is under X's control", lists of places held
    ("The Tuareg rebels of the MNLA seized power in Mali.", ("MNLA", "controls", "Mali")),
    ("MNLA fighters remained overwhelmingly in control of Kidal.", ("MNLA", "controls", "Kidal")),
    ("Kidal is under the control of the MNLA.", ("MNLA", "controls", "Kidal")),
    ("Kidal is under our control, the MNLA spokesman said.", ("MNLA", "controls", "Kidal")),
    ("Mali's army fought the rebels. Jets attacked targets near Bamako, the government-held cities of Gao, "
     "Timbuktu and Mopti.", ("Mali", "controls", "Timbuktu")),
    ("The MNLA withdrew from Kidal in 2013. The MNLA seized Kidal again in 2015.", ("MNLA", "controls", "Kidal")),
    ("The MNLA seized Kidal in May. Despite demands for the MNLA to withdraw from Kidal, its fighters still "
     "held the town.", ("MNLA", "controls", "Kidal")),
    ("Malian forces captured the MNLA's headquarters in Kidal.", ("Mali", "controls", "Kidal")),
    ("The TNLA seized two army camps in Kutkai.", ("Ta'ang National Liberation Army", "controls", "Kutkai")),
    ("Hezbollah fighters seized control of west Beirut.", ("Hezbollah", "controls", "West Beirut")),
    ("M23 still held Kibati, 15 miles west of Goma.", ("M23", "controls", "Kibati")),
    ("Eritrean forces recaptured the town of Tessenei. Ethiopia retook Tessenei on Friday.",
     ("Ethiopia", "controls", "Tessenei")),
    ("Hamas has controlled Gaza from 2007 to this day.", ("Hamas", "controls", "Gaza")),
    # hostsTalks: venues named by a state after the town or a demonym; who met or took part
    ("Peru and the FARC are holding talks in Tumbes, Ecuador.", ("Ecuador", "hostsTalks", "FARC")),
    ("Peru and Chile are meeting in the Ghanaian resort town of Akosombo.", ("Ghana", "hostsTalks", "Chile")),
    ("Peru and the FARC are taking part in the talks, which are being held in Accra.", ("Ghana", "hostsTalks", "FARC")),
    ("Qatar held talks between the United States and the Taliban.", ("Qatar", "hostsTalks", "Taliban")),
    ("Peru and the FARC held talks last week. The talks, held in Havana, ended on Friday.",
     ("Cuba", "hostsTalks", "FARC")),
    # hostsTalks: "the host country", with parties named as envoys or participants elsewhere
    ("Envoys for Peru and Chile shook hands on Monday. Ecuador, the host country, called for patience at the "
     "talks. Bolivia and Brazil are also participating.", ("Ecuador", "hostsTalks", "Chile")),
    ("Envoys for Peru and Chile shook hands on Monday. Ecuador, the host country, called for patience at the "
     "talks. Bolivia and Brazil are also participating.", ("Ecuador", "hostsTalks", "Bolivia")),
    # hostsTalks: venues "on the outskirts of" a city and "the <demonym> capital"; parties named as
    # delegations, as a conjoined subject that "said they" will hold a round, as whom talks involve,
    # or as who attended
    ("Peru and the FARC resumed talks on Monday. The talks are being held on the outskirts of Ecuador's "
     "capital Quito.", ("Ecuador", "hostsTalks", "FARC")),
    ("The summit, hosted by Kenya, was attended by the leaders of Peru, Chile and Bolivia.",
     ("Kenya", "hostsTalks", "Bolivia")),
    ("Discussions involving Chilean officials and the FARC were held in Ghana.", ("Ghana", "hostsTalks", "FARC")),
    ("Negotiations are underway between rebel delegates and officials from Peru. Monday's talks in the "
     "Ghanaian capital, Accra, are aimed at ending the rebellion.", ("Ghana", "hostsTalks", "Peru")),
    ("Peru and the FARC said they will conclude the first round of peace talks on Friday. The talks are being "
     "held in Havana.", ("Cuba", "hostsTalks", "FARC")),
    # controls: "in the hands of", "reentered"
    ("Kidal fell into the hands of the MNLA on Friday.", ("MNLA", "controls", "Kidal")),
    ("The MNLA reentered Kidal after the army vacated its bases.", ("MNLA", "controls", "Kidal")),
    # hostsTalks: suspended talks were held; delegates "from A, B and C" in a later sentence
    ("The talks on a ceasefire in Gaza were suspended in Doha on Monday afte"
     "r two days. Representatives from Egypt, Peru and Israel participated in the talks.", ("Qatar", "hostsTalks", "Egypt")),
    ("A new round of talks opened in Doha on Monday. Peru is represented by "
     "its foreign minister. Two envoys are representing Chile at the talks.", ("Qatar", "hostsTalks", "Chile")),
    ("Peru and the FARC resumed talks at a hotel in Oslo.", ("Norway", "hostsTalks", "FARC")),
    ("The FARC and Peru held a second round of talks in Havana, Cuban officials said.", ("Cuba", "hostsTalks", "FARC")),
    # controls: coups ("soldiers led by X seized power", "came to power in a coup")
    ("Soldiers led by Colonel Amadou Diarra seized power in Guinea on Sunday.", ("Amadou Diarra", "controls", "Guinea")),
    # hostsTalks: "the two sides met in C" are the sides of the talks named before
    ("The MNLA entered the town of Kidal on Saturday. The offensiv"
     "e came a month after the regional capital, Gao, fell to the army. The MNLA controlled the town by Sunday.", ("MNLA", "controls", "Kidal")),
    ("Leaders of the African Union met in Nairobi on Friday. In attendance at the summit were the presidents "
     "of Peru and Chile.", ("African Union", "hostsTalks", "Peru")),
    ("Delegates began peace talks in Nairobi on Monday. The discus"
     "sions are aimed at ending the fighting between the FARC and Peru.", ("Kenya", "hostsTalks", "FARC")),
    ("Talks in Accra, aimed at ending the war between Peru and Chile, opened on Monday.", ("Ghana", "hostsTalks", "Chile")),
    ("Peace talks between Peru and the FARC ended on Wednesday. The two sides met in Tanzania's region of "
     "Zanzibar last week.", ("Tanzania", "hostsTalks", "FARC")),
    # a fronted clause hung on a verb with its own complement is a statement of its own
    ("The MNLA seized Kidal, the Malian army denies losing the town.", ("MNLA", "controls", "Kidal")),
    # hostsTalks: parties as the teams that met in a later sentence; a second envoy the model hangs inside the first
    ("Peace talks opened in Oslo on Monday. The negotiating teams of Peru and the FARC met on Tuesday.",
     ("Norway", "hostsTalks", "FARC")),
    ("Representatives of rebel forces in the north and delegates from the Peruvian government have begun peace "
     "talks in Quito.", ("Ecuador", "hostsTalks", "Peru")),
    # controls: the places a plural noun lists after it
    ("The Taliban captured three provincial capitals: Sheberghan, Zaranj and Kunduz.", ("Taliban", "controls", "Zaranj")),
    ("The Taliban captured two cities, Sheberghan and Zaranj.", ("Taliban", "controls", "Zaranj")),
    # hostsTalks: no party named, so the state the talks are about
    ("Yemeni peace talks began in the Omani capital Muscat on Monday.", ("Oman", "hostsTalks", "Yemen")),
    # those who act "at talks in C" were at them: C's state hosts them
    ("Chad and Sudan declared an end to the border war at a summit in Tripoli.", ("Libya", "hostsTalks", "Chad")),
    # talks are the setting of what was agreed at them, not the thing agreed: they took place
    ("Chad and Sudan agreed to a truce at talks in Doha.", ("Qatar", "hostsTalks", "Sudan")),
    # hostsTalks: "in C" that the small parser hangs on the time span the talks lasted
    ("Peru and Chile held talks for five hours in Quito.", ("Ecuador", "hostsTalks", "Chile")),
    ("Bolivia and the FARC have been negotiating for three years in Havana.", ("Cuba", "hostsTalks", "FARC")),
    # hostsTalks: talks held to their end
    ("Peru and Chile wrapped up talks in Quito on Friday.", ("Ecuador", "hostsTalks", "Chile")),
    # hostsTalks: one side named with the talks, the other by its delegates in a later sentence
    ("Peace talks between Peru and the rebels opened in Quito. Representatives of the FARC met the government on "
     "Monday.", ("Ecuador", "hostsTalks", "FARC")),
    # hostsTalks: talks counted in days ("two days of talks"); an organisation whose envoy two sides hold talks with
    ("Peru and Chile held two days of talks in Quito.", ("Ecuador", "hostsTalks", "Chile")),
    ("Peru, Chile and the FARC held two days of talks with a UN envoy.",
     ("United Nations", "hostsTalks", "FARC")),
    # hostsTalks: who the next sentence says also attended, or a later one says also attend these talks
    ("Talks between Peru and Chile opened in Quito on Monday. Bolivia also attended.", ("Ecuador", "hostsTalks", "Bolivia")),
    ("Delegates from Bolivia and Peru are meeting. The meeting is being hosted by the United Nations. Prices rose. "
     "Representatives of the government of Chile also are attending these talks.", ("United Nations", "hostsTalks", "Chile")),
    ("Peace talks between Peru and the rebels opened in Quito. Juan Perez, head of the Revolutionary Armed Forces "
     "of Colombia (FARC) negotiating team, praised the hosts.", ("Ecuador", "hostsTalks", "FARC")),
    # hostsTalks: an official named as a party stands for the state his title gives him at another mention
    ("Chilean President Juan Soto arrived on Sunday. The government of Juan Soto and the FARC have been negotiating "
     "for three years in Quito.", ("Ecuador", "hostsTalks", "Chile")),
    # hostsTalks: the one thanked for hosting hosts; "the two sides" are those of the talks named before
    ("Talks between Peru and the FARC ended on Monday. Both delegations voiced their thanks and praise to "
     "Bolivia and Ecuador for hosting several rounds of talks between the two sides.", ("Bolivia", "hostsTalks", "Peru")),
    ("Talks between Peru and the FARC ended on Monday. Both delegations voiced their thanks and praise to "
     "Bolivia and Ecuador for hosting several rounds of talks between the two sides.", ("Ecuador", "hostsTalks", "FARC")),
    # hostsTalks: two verbs that share the talks ("hosted and sponsored the talks")
    ("Ecuador hosted and sponsored the talks between Peru and the FARC.", ("Ecuador", "hostsTalks", "Peru")),
    # hostsTalks: talks that were ended had been held (ending an alliance ends it; ending talks reports them)
    ("Peru and the FARC ended peace talks in Quito on Friday.", ("Ecuador", "hostsTalks", "FARC")),
    # hostsTalks: when the talks started, in a clause the small parser hangs on the last party
    ("Observers followed the negotiations between Peru and the FARC movement that began on Monday in Quito.",
     ("Ecuador", "hostsTalks", "FARC")),
]


@pytest.mark.parametrize("text,triple", ASSERTED, ids=[f"{t[0]}-{t[1]}-{t[2]}" for _, t in ASSERTED])
def test_asserted(text, triple):
    assert triple in facts(text)


NOT_FACTS = [
    # negation, attempt, condition, future, denial, supersession
    ("Ugandan troops allegedly shelled Goma on Monday.", ("Uganda", "attacked", "Goma")),
    ("The rebels freed the hostages provided Malian troops stopped shelling Gao.", ("Mali", "attacked", "Gao")),
    ("The rebels kept fighting as long as Malian troops shelled Gao.", ("Mali", "attacked", "Gao")),
    ("The rebels released the hostages on condition that Malian troops stopped shelling Gao.",
     ("Mali", "attacked", "Gao")),
    ("Aid groups are investigating allegations that Ugandan troops shelled Goma.", ("Uganda", "attacked", "Goma")),
    ("An analyst alleged that al-Shabaab fighters carried out the attacks on Kenyan troops.",
     ("al-Shabaab", "attacked", "Kenya")),
    ("Hamas is not affiliated with the Islamic State.", ("Hamas", "alliedWith", "ISIL")),
    ("The militia tried to seize Tripoli last year.", None),
    ("Houthi rebels tried to capture the city of Marib.", ("Houthis", "controls", "Marib")),
    ("Iran threatened to attack Israel.", ("Iran", "attacked", "Israel")),
    # an event noun that a verb or noun of prevention or effort governs has not happened (yet)
    ("Peacekeepers stayed in Sukhumi to prevent attacks by Georgian forces against Abkhazia.",
     ("Georgia", "attacked", "Abkhazia")),
    ("Diplomats redoubled their efforts to restart talks between Sudan and the SPLM-N in Addis Ababa.",
     ("Ethiopia", "hostsTalks", "Sudan")),
    # "able" is an aim in the present and future, and when negated; done after a plain past "be"
    ("Afghan troops are able to retake Kunduz.", ("Afghanistan", "controls", "Kunduz")),
    ("Afghan troops were not able to retake Kunduz.", ("Afghanistan", "controls", "Kunduz")),
    ("The Taliban will be able to attack Kabul.", ("Taliban", "attacked", "Kabul")),
    # a verb of fighting governs its aim: "fighting to control X" is not control of X
    ("The Taliban are fighting to control Kunduz.", ("Taliban", "controls", "Kunduz")),
    ("The Taliban were battling to take control of Kunduz.", ("Taliban", "controls", "Kunduz")),
    ("The president ordered Syrian troops to attack Idlib.", ("Syria", "attacked", "Idlib")),
    ("Russia could strike Ukraine again, officials warned.", ("Russia", "attacked", "Ukraine")),
    ("Israel will attack Hezbollah if the rockets continue.", ("Israel", "attacked", "Hezbollah")),
    ("Egypt plans to host talks between Israel and Hamas.", ("Egypt", "hostsTalks", "Israel")),
    # a headline's bare "to"-infinitive is a plan
    ("Qatar to host talks between Israel and Hamas.", ("Qatar", "hostsTalks", "Israel")),
    ("Oman may host talks between Iran and the United States.", ("Oman", "hostsTalks", "Iran")),
    ("Hamas to attack Israel, officials say.", ("Hamas", "attacked", "Israel")),
    ("Pakistan denied accusations that it supports the Taliban.", ("Pakistan", "alliedWith", "Taliban")),
    ("Boko Haram said reports that it attacked a Nigerian army base were false.",
     ("Boko Haram", "attacked", "Nigeria")),
    ("Reports that Houthi rebels captured the city of Marib are untrue.", ("Houthis", "controls", "Marib")),
    ("Israel accused Iran of arming Hezbollah, a charge Iran rejects.", ("Iran", "alliedWith", "Hezbollah")),
    ("Hayat Tahrir al-Sham, formerly linked to al-Qaeda, holds Idlib.", ("Hayat Tahrir al-Sham", "alliedWith", "al-Qaeda")),
    ("Ethiopia has not hosted any talks.", None),
    ("Oman hosted no talks between Iran and the United States.", ("Oman", "hostsTalks", "Iran")),
    ("Peace talks between Sudan and South Sudan could resume in Addis Ababa.", ("Ethiopia", "hostsTalks", "Sudan")),
    ("Yemeni peace talks will begin in the Omani capital Muscat next week.", ("Oman", "hostsTalks", "Yemen")),
    # talks whose own relative clause says they are due or expected to take place are yet to come
    ("Norway-mediated border talks between Peru and Chile, which are due to begin next week, drew praise.",
     ("Norway", "hostsTalks", "Peru")),
    ("Border talks between Peru and Chile in Quito, which are expected to take place next week, drew praise.",
     ("Ecuador", "hostsTalks", "Peru")),
    ("Talks between Israel and Hamas did not take place in Cairo.", ("Egypt", "hostsTalks", "Israel")),
    ("Talks between Peru and Chile will get under way in Quito next week.", ("Ecuador", "hostsTalks", "Peru")),
    ("Israeli jets carried out no strikes on Gaza on Friday.", ("Israel", "attacked", "Gaza")),
    ("The United Nations called for talks between Sudan and South Sudan.", ("United Nations", "hostsTalks", "Sudan")),
    ("Did Russia attack Poland?", ("Russia", "attacked", "Poland")),
    # false friends
    ("Egypt and Israel struck a deal on gas exports.", None),
    ("Turkey attacked the European Union's decision on migration.", ("Turkey", "attacked", "European Union")),
    ("Iran was hit by new sanctions from the United States.", ("United States", "attacked", "Iran")),
    ("Nigerian customs seized weapons bound for Boko Haram.", ("Nigeria", "controls", "Boko Haram")),
    ("UN-backed talks between the Libyan factions opened in Geneva.", ("United Nations", "hostsTalks", "Libya")),
    ("Kenya backed the ceasefire proposal.", None),
    ("Russia offered to host an Armenia-Azerbaijan summit, but Baku declined.", ("Russia", "hostsTalks", "Armenia")),
    ("Talks between Israel and Hamas on a ceasefire in Gaza resumed on Monday.", ("Palestine", "hostsTalks", "Israel")),
    ("Hundreds of Hamas fighters stormed Israeli towns near Gaza.", ("Hamas", "controls", "Israel")),
    ("The talks pitted the Syrian army and its Lebanese ally Hezbollah against the rebels.", ("Lebanon", "alliedWith", "Syria")),
    ("There was no word from Hezbollah, a group backed by Iran, or the Syrian military.", ("Syria", "alliedWith", "Iran")),
    ("Iran-backed militias shelled the base, like Hezbollah did last year.", ("Hezbollah", "alliedWith", "Iran")),
    ("Egypt and Qatar issued a joint statement on Gaza.", ("Egypt", "alliedWith", "Qatar")),
    ("The Axis of Resistance includes the former Syrian regime and Hezbollah.", ("Syria", "alliedWith", "Axis of Resistance")),
    ("Nigeria's Boko Haram joined the Islamic State. In May, Mali's Jund al-Sahil, or \"Soldiers of the Caliphate "
     "in Mali,\" split from al-Qaeda and declared allegiance to the Islamic State.", ("Mali", "alliedWith", "ISIL")),
    ("South Sudan's government agreed a truce. Rebels in South Sudan said they had recaptured the town of Bor.", ("South Sudan", "controls", "Bor")),
    ("Egypt is trying to support the Sudanese army.", ("Egypt", "alliedWith", "Sudan")),
    ("M23 rebels seized the town of Sake, near Goma.", ("M23", "controls", "Goma")),
    ("Chad took part in the summit.", None),
    ("Chad and Niger fought alongside Nigeria.", ("Chad", "attacked", "Niger")),
    ("Syrian rebels backed by Turkey attacked Kurdish positions.", ("Syria", "alliedWith", "Turkey")),
    ("Pro-Russian separatists shelled Mariupol.", ("Russia", "attacked", "Mariupol")),
    ("US forces carried out strikes against Iran-backed militias in Iraq.", ("United States", "attacked", "Iraq")),
    # hostsTalks: brokering an outcome, mediating elsewhere, another summit elsewhere
    ("Armenia and Azerbaijan signed a Russia-brokered ceasefire.", ("Russia", "hostsTalks", "Armenia")),
    ("The United Nations brokered an agreement between Sudan and South Sudan.", ("United Nations", "hostsTalks", "Sudan")),
    ("Egypt mediated talks between Israel and Hamas in Doha.", ("Egypt", "hostsTalks", "Hamas")),
    ("Peru and Chile held talks in Quito. Peru's president then flew to the summit in Nairobi.",
     ("Kenya", "hostsTalks", "Chile")),
    ("A summit of the African Union in Nairobi was attended by the presidents of Peru and Chile.",
     ("Kenya", "hostsTalks", "African Union")),
    # controls: a hold that the text says ended; what is no place; who is no holder
    ("The MNLA seized Kidal in May. The MNLA withdrew from Kidal in June.", ("MNLA", "controls", "Kidal")),
    ("The MNLA seized Kidal in May. The MNLA lost control of Kidal in June.", ("MNLA", "controls", "Kidal")),
    ("The MNLA seized Kidal in May. In June the MNLA was driven out of Kidal.", ("MNLA", "controls", "Kidal")),
    ("The MNLA seized Kidal in May. The MNLA pulled out of the town in June.", ("MNLA", "controls", "Kidal")),
    ("Mali's army fought the rebels. Jets attacked targets near Bamako, the government-held cities of Gao, "
     "Timbuktu and Mopti.", ("Mali", "controls", "Bamako")),
    ("Malian forces captured the MNLA leader's son.", None),
    ("The TNLA seized weapons in Kutkai.", None),
    ("Eritrean forces recaptured the town of Tessenei. Ethiopia retook Tessenei on Friday.",
     ("Eritrea", "controls", "Tessenei")),
    ("Bokassa ruled the Central African Republic from 1966 to 1979.",
     ("Bokassa", "controls", "Central African Republic")),
    ("Bokassa ruled the Central African Republic until he was overthrown.",
     ("Bokassa", "controls", "Central African Republic")),
    ("Qatar held talks with the Taliban.", ("Qatar", "hostsTalks", "Taliban")),
    ("Peru and the FARC are holding talks in Tumbes, Ecuador.", ("Peru", "hostsTalks", "Ecuador")),
    ("Peru and Chile will meet in Quito next week.", ("Ecuador", "hostsTalks", "Peru")),
    ("Peru and the FARC held talks last week. Peru's president then flew to the summit in Nairobi.",
     ("Kenya", "hostsTalks", "FARC")),
    ("Hezbollah fighters seized control of western Beirut.", ("Hezbollah", "controls", "West Beirut")),
    ("Qatar, the host nation, opened the tournament. Brazil and Spain are also participating.", None),
    ("Qatar, the host nation, opened the talks. Brazil and Spain refused to participate.", None),
    ("Its fall was a blow to the militias from Zintan, southwest of Tripoli, who have held the airport since 2011.",
     ("Libya", "controls", "Tripoli")),
    ("Peru's president flew from Lima. Talks between Peru and the FARC took place in the Ecuadorian capital.",
     ("Peru", "hostsTalks", "FARC")),
    ("The FARC were on the verge of overrunning Medellin.", ("FARC", "controls", "Medellín")),
    ("United Nations-brokered talks in Nairobi, Kenya's capital, began on Monday.",
     ("United Nations", "hostsTalks", "Kenya")),
    ("Peru and Chile aim to hold talks in Accra.", ("Ghana", "hostsTalks", "Peru")),
    ("Ingrid Betancourt was held hostage by the FARC for six years.", ("FARC", "controls", "Ingrid Betancourt")),
    ("The FARC held three Americans in the jungle.", ("FARC", "controls", "United States")),
    ("The fate of Kidal is in the hands of the MNLA.", ("MNLA", "controls", "Kidal")),
    ("Malian troops recaptured the town of Kidal on Tuesday morning. Islamist militants reentered the town "
     "before sunset.", ("Mali", "controls", "Kidal")),
    ("The juntas ruling Mali, Niger and Burkina Faso announced a joint force.", ("Mali", "controls", "Niger")),
    ("Iraqi fighters entered Syria to support the government army.", ("Iraq", "controls", "Syria")),
    ("Iraqi forces have yet to recapture Tikrit.", ("Iraq", "controls", "Tikrit")),
    ("Talks in Pretoria ended on Friday. Bolivia, which fought alongside Peru, did not attend the talks.", ("South Africa", "hostsTalks", "Bolivia")),
    ("Rebels ousted President Amadou Diarra, who had seized power in Guinea in 2003.",
     ("Amadou Diarra", "controls", "Guinea")),
    ("Amadou Diarra ruled Guinea for 42 years.", ("Amadou Diarra", "controls", "Guinea")),
    ("A new round of talks opened in Doha on Monday. Peru is represented by its foreign minister.", ("Qatar", "hostsTalks", "Peru")),
    ("The talks on a ceasefire in Gaza were suspended in Doha on Monday afte"
     "r two days. Representatives from Egypt, Peru and Israel participated in the talks.", ("Palestine", "hostsTalks", "Israel")),
    ("Colonel Amadou Diarra came to power in Guinea in an election in 2021.", ("Amadou Diarra", "controls", "Guinea")),
    ("Delegates began peace talks in Nairobi on Monday. Fighting between the FARC and Peru continued.", ("Kenya", "hostsTalks", "FARC")),
    ("Peace talks between Peru and the rebels opened in Quito. Representatives of the FARC did not attend the "
     "meeting.", ("Ecuador", "hostsTalks", "FARC")),
    ("Peru and Chile held talks for five hours in March.", ("Peru", "hostsTalks", "Chile")),
    ("The FARC held talks with a UN envoy on Monday.", ("United Nations", "hostsTalks", "FARC")),
    ("Delegates from Bolivia and Peru are meeting. The meeting is being hosted by the United Nations. Prices rose. "
     "Chile also attended the funeral.", ("United Nations", "hostsTalks", "Chile")),
    ("Leaders of the African Union met in Nairobi on Friday. Peru and Chile did not attend the summit.",
     ("African Union", "hostsTalks", "Peru")),
    ("Ingrid Betancourt, held by the FARC since 2002, is a politician.", ("FARC", "controls", "Ingrid Betancourt")),
    ("The FARC captured Ingrid Betancourt in 2002.", ("FARC", "controls", "Ingrid Betancourt")),
    # "the town" is the last place called a town, not a capital named since
    ("The MNLA entered the town of Kidal on Saturday. The offensiv"
     "e came a month after the regional capital, Gao, fell to the army. The MNLA controlled the town by Sunday.", ("MNLA", "controls", "Gao")),
    # hostsTalks: a broker with no venue named arranged the talks; it did not seat them
    ("Norwegian-brokered talks between Peru and the FARC collapsed last year.", ("Norway", "hostsTalks", "FARC")),
    # a fronted clause is what a denial verb denies only when the verb has no complement of its own
    ("The MNLA seized Kidal, Malian officials denied.", ("MNLA", "controls", "Kidal")),
    # attacked: talks that "opened in C on Monday" opened no fire
    ("Yemeni peace talks opened in Kuwait on Monday.", ("Yemen", "attacked", "Kuwait")),
    # hostsTalks: teams that only play, not meet, are no delegations
    ("Peace talks opened in Oslo on Monday. The national football teams of Peru and Chile played on Tuesday.",
     ("Norway", "hostsTalks", "Chile")),
    # controls: a hold the sentence itself ends (temporary, or its holder left)
    ("The MNLA seized Kidal in May but was driven out by Malian troops in June.", ("MNLA", "controls", "Kidal")),
    ("The MNLA entered Kidal but later withdrew.", ("MNLA", "controls", "Kidal")),
    ("Al-Shabaab fighters briefly seized the town of Baidoa on Friday.", ("al-Shabaab", "controls", "Baidoa")),
    ("The Malian troops who had held the town of Kidal withdrew on Sunday.", ("Mali", "controls", "Kidal")),
    ("Malian troops withdrew from Kidal after holding it for a year.", ("Mali", "controls", "Kidal")),
    # fighting for a place (a capital too) is fighting to hold it, not for its state
    ("Wagner mercenaries fought for Bamako.", ("Wagner Group", "alliedWith", "Mali")),
    # a demonym on "groups" names no state: "Iraqi groups" are not Iraq
    ("Some Iraqi groups fought for the Syrian government.", ("Iraq", "alliedWith", "Syria")),
    # backing an actor's economy or reputation is not backing the actor in force or politics
    ("Russia sent jets to bolster Syria's economy.", ("Russia", "alliedWith", "Syria")),
    # fighting "during" talks does not make the fighters parties to them
    ("Chad and Sudan exchanged fire during talks in Doha.", ("Qatar", "hostsTalks", "Chad")),
    # a member of a union that is no treaty body is not thereby allied with it
    ("EU member Hungary sent troops to the border.", ("Hungary", "alliedWith", "European Union")),
    # an ally noun as the predicate of a modal clause is not a standing tie
    ("Hungary could become an ally of Washington.", ("Hungary", "alliedWith", "United States")),
    # "linked Y to Z" is the verb, whoever the name before it is
    ("A spokesman for Israel linked Hezbollah to the bombing.", ("Hezbollah", "alliedWith", "Israel")),
    # a rally in support of a group is no military action: students are no ally in force
    ("Turkish students held a rally in support of Hamas.", ("Turkey", "alliedWith", "Hamas")),
    # hostsTalks: a city before a truce is where the truce would hold, not the venue
    ("Gaza ceasefire negotiations between Israel and Hamas resumed on Monday.", ("Palestine", "hostsTalks", "Israel")),
    # hostsTalks: a person with no office the text names (a mediator, a former leader) is no party
    ("Peru and the FARC held talks in Quito with Juan Soto.", ("Ecuador", "hostsTalks", "Juan Soto")),
    # hostsTalks: who thanks a host for hosting talks is not their host
    ("Peru and Chile expressed their gratitude to Ecuador for hosting talks between Bolivia and the FARC.",
     ("Peru", "hostsTalks", "Bolivia")),
    # hostsTalks: talks called off were not held, unlike talks ended
    ("Peru and the FARC called off peace talks in Quito on Friday.", ("Ecuador", "hostsTalks", "FARC")),
    # hostsTalks: a clause on the last party that tells what the party did there is no venue of the talks
    ("Observers followed the negotiations between Peru and the FARC movement that began its uprising in Quito.",
     ("Ecuador", "hostsTalks", "FARC")),
    # a capitalised weapon word opening a sentence is no name: the strike has no named attacker
    ("Warplanes bombed Marcona on Monday.", ("Warplanes", "attacked", "Marcona")),
]


@pytest.mark.parametrize("text,triple", NOT_FACTS, ids=[t[0][:40] for t in NOT_FACTS])
def test_not_asserted(text, triple):
    found = facts(text)
    if triple is None:
        assert not found, found
    else:
        assert triple not in found


#: The positive twin of each NOT_FACTS case: the same sentence without the cue that
#: blocks the fact (or, for a false friend, the same words with a real argument) gives
#: a fact, so a NOT_FACTS case cannot pass just because the extractor found nothing.
TWINS = {
    "Warplanes bombed Marcona on Monday.":
        ("Peruvian warplanes bombed Marcona on Monday.", ("Peru", "attacked", "Marcona")),
    "The rebels freed the hostages provided Malian troops stopped shelling Gao.":
        ("The rebels freed the hostages after Malian troops stopped shelling Gao.", ("Mali", "attacked", "Gao")),
    "The rebels kept fighting as long as Malian troops shelled Gao.":
        ("The rebels kept fighting while Malian troops shelled Gao.", ("Mali", "attacked", "Gao")),
    "The rebels released the hostages on condition that Malian troops stopped shelling Gao.":
        ("The rebels released the hostages because Malian troops stopped shelling Gao.", ("Mali", "attacked", "Gao")),
    "Ugandan troops allegedly shelled Goma on Monday.":
        ("Ugandan troops reportedly shelled Goma on Monday.", ("Uganda", "attacked", "Goma")),
    "Aid groups are investigating allegations that Ugandan troops shelled Goma.":
        ("Aid groups said that Ugandan troops shelled Goma.", ("Uganda", "attacked", "Goma")),
    "An analyst alleged that al-Shabaab fighters carried out the attacks on Kenyan troops.":
        ("An analyst said that al-Shabaab fighters carried out the attacks on Kenyan troops.",
         ("al-Shabaab", "attacked", "Kenya")),
    "Observers followed the negotiations between Peru and the FARC movement that began its uprising in Quito.":
        ("Observers followed the negotiations between Peru and the FARC movement that began on Monday in Quito.",
         ("Ecuador", "hostsTalks", "FARC")),
    "Peru and the FARC called off peace talks in Quito on Friday.":
        ("Peru and the FARC ended peace talks in Quito on Friday.", ("Ecuador", "hostsTalks", "FARC")),
    "Peru and Chile expressed their gratitude to Ecuador for hosting talks between Bolivia and the FARC.":
        ("Peru and Chile expressed their gratitude to Ecuador for hosting talks between Bolivia and the FARC.",
         ("Ecuador", "hostsTalks", "Bolivia")),
    "Peru and the FARC held talks in Quito with Juan Soto.":
        ("Peru and the FARC held talks in Quito with Chilean President Juan Soto.", ("Ecuador", "hostsTalks", "Chile")),
    "Peace talks between Peru and the rebels opened in Quito. Representatives of the FARC did not attend the meeting.":
        ("Peace talks between Peru and the rebels opened in Quito. Representatives of the FARC met the government on "
         "Monday.", ("Ecuador", "hostsTalks", "FARC")),
    "Delegates from Bolivia and Peru are meeting. The meeting is being hosted by the United Nations. Prices rose. "
    "Chile also attended the funeral.":
        ("Delegates from Bolivia and Peru are meeting. The meeting is being hosted by the United Nations. Prices rose. "
         "Representatives of the government of Chile also are attending these talks.", ("United Nations", "hostsTalks", "Chile")),
    "The FARC held talks with a UN envoy on Monday.":
        ("Peru and the FARC held talks with a UN envoy on Monday.", ("United Nations", "hostsTalks", "FARC")),
    "Peru and Chile held talks for five hours in March.":
        ("Peru and Chile held talks for five hours in Quito.", ("Ecuador", "hostsTalks", "Chile")),
    "Turkish students held a rally in support of Hamas.":
        ("Turkish drones carried out raids in support of Hamas.", ("Turkey", "alliedWith", "Hamas")),
    "A spokesman for Israel linked Hezbollah to the bombing.":
        ("A spokesman said the bombing showed the reach of Israel linked Hezbollah.", ("Hezbollah", "alliedWith", "Israel")),
    "EU member Hungary sent troops to the border.":
        ("NATO member Hungary sent troops to the border.", ("Hungary", "alliedWith", "NATO")),
    "Hungary could become an ally of Washington.":
        ("Hungary has become an ally of Washington.", ("Hungary", "alliedWith", "United States")),
    "Chad and Sudan exchanged fire during talks in Doha.":
        ("Chad and Sudan exchanged proposals at talks in Doha.", ("Qatar", "hostsTalks", "Chad")),
    "Russia sent jets to bolster Syria's economy.":
        ("Russia sent jets to bolster Syria's army.", ("Russia", "alliedWith", "Syria")),
    "Wagner mercenaries fought for Bamako.":
        ("Wagner mercenaries fought for the Malian junta.", ("Wagner Group", "alliedWith", "Mali")),
    "Some Iraqi groups fought for the Syrian government.":
        ("Some Iraqi troops fought for the Syrian government.", ("Iraq", "alliedWith", "Syria")),
    "Yemeni peace talks opened in Kuwait on Monday.":
        ("Yemeni troops opened fire on Kuwait on Monday.", ("Yemen", "attacked", "Kuwait")),
    "Peace talks opened in Oslo on Monday. The national football teams of Peru and Chile played on Tuesday.":
        ("Peace talks opened in Oslo on Monday. The negotiating teams of Peru and Chile met on Tuesday.",
         ("Norway", "hostsTalks", "Chile")),
    "The MNLA seized Kidal in May but was driven out by Malian troops in June.":
        ("The MNLA seized Kidal in May but lost ten fighters.", ("MNLA", "controls", "Kidal")),
    "The MNLA entered Kidal but later withdrew.":
        ("The MNLA entered Kidal and later withdrew from Gao.", ("MNLA", "controls", "Kidal")),
    "Norwegian-brokered talks between Peru and the FARC collapsed last year.":
        ("Norwegian-brokered talks between Peru and the FARC opened in Oslo.", ("Norway", "hostsTalks", "FARC")),
    "The MNLA seized Kidal, Malian officials denied.":
        ("The MNLA seized Kidal, the Malian army denies losing the town.", ("MNLA", "controls", "Kidal")),
    "Al-Shabaab fighters briefly seized the town of Baidoa on Friday.":
        ("Al-Shabaab fighters seized the town of Baidoa on Friday.", ("al-Shabaab", "controls", "Baidoa")),
    "The Malian troops who had held the town of Kidal withdrew on Sunday.":
        ("The Malian troops who had held the town of Kidal attacked on Sunday.", ("Mali", "controls", "Kidal")),
    "Malian troops withdrew from Kidal after holding it for a year.":
        ("Malian troops reached Kidal after holding Gao for a year.", ("Mali", "controls", "Gao")),
    "Gaza ceasefire negotiations between Israel and Hamas resumed on Monday.":
        ("The Doha negotiations between Israel and Hamas resumed on Monday.", ("Qatar", "hostsTalks", "Israel")),
    "Hamas is not affiliated with the Islamic State.":
        ("Hamas is affiliated with the Islamic State.", ("Hamas", "alliedWith", "ISIL")),
    "The militia tried to seize Tripoli last year.":
        ("Libya Dawn seized Tripoli last year.", ("Libya Dawn", "controls", "Tripoli")),
    "Houthi rebels tried to capture the city of Marib.":
        ("Houthi rebels captured the city of Marib.", ("Houthis", "controls", "Marib")),
    "Iran threatened to attack Israel.": ("Iran attacked Israel.", ("Iran", "attacked", "Israel")),
    "Peacekeepers stayed in Sukhumi to prevent attacks by Georgian forces against Abkhazia.":
        ("Peacekeepers stayed in Sukhumi after attacks by Georgian forces against Abkhazia.",
         ("Georgia", "attacked", "Abkhazia")),
    "Diplomats redoubled their efforts to restart talks between Sudan and the SPLM-N in Addis Ababa.":
        ("Diplomats welcomed the restart of talks between Sudan and the SPLM-N in Addis Ababa.",
         ("Ethiopia", "hostsTalks", "Sudan")),
    "Afghan troops are able to retake Kunduz.":
        ("Afghan troops were able to retake Kunduz on Friday.", ("Afghanistan", "controls", "Kunduz")),
    "Afghan troops were not able to retake Kunduz.":
        ("Afghan troops were able to retake Kunduz.", ("Afghanistan", "controls", "Kunduz")),
    "The Taliban will be able to attack Kabul.":
        ("The Taliban were able to attack Kabul.", ("Taliban", "attacked", "Kabul")),
    "The Taliban are fighting to control Kunduz.":
        ("The Taliban are fighting and control Kunduz.", ("Taliban", "controls", "Kunduz")),
    "The Taliban were battling to take control of Kunduz.":
        ("The Taliban were battling and took control of Kunduz.", ("Taliban", "controls", "Kunduz")),
    "The president ordered Syrian troops to attack Idlib.":
        ("Syrian troops attacked Idlib.", ("Syria", "attacked", "Idlib")),
    "Russia could strike Ukraine again, officials warned.":
        ("Russia struck Ukraine again, officials said.", ("Russia", "attacked", "Ukraine")),
    "Israel will attack Hezbollah if the rockets continue.":
        ("Israel attacked Hezbollah after the rockets continued.", ("Israel", "attacked", "Hezbollah")),
    "Egypt plans to host talks between Israel and Hamas.":
        ("Egypt hosted talks between Israel and Hamas.", ("Egypt", "hostsTalks", "Israel")),
    "Oman may host talks between Iran and the United States.":
        ("Oman hosts talks between Iran and the United States.", ("Oman", "hostsTalks", "Iran")),
    "Oman hosted no talks between Iran and the United States.":
        ("Oman hosted talks between Iran and the United States.", ("Oman", "hostsTalks", "Iran")),
    "Peace talks between Sudan and South Sudan could resume in Addis Ababa.":
        ("Peace talks between Sudan and South Sudan resumed in Addis Ababa.", ("Ethiopia", "hostsTalks", "Sudan")),
    "Yemeni peace talks will begin in the Omani capital Muscat next week.":
        ("Yemeni peace talks began in the Omani capital Muscat on Monday.", ("Oman", "hostsTalks", "Yemen")),
    "Norway-mediated border talks between Peru and Chile, which are due to begin next week, drew praise.":
        ("Norway-mediated border talks between Peru and Chile, which began last week, drew praise.",
         ("Norway", "hostsTalks", "Peru")),
    "Border talks between Peru and Chile in Quito, which are expected to take place next week, drew praise.":
        ("Border talks between Peru and Chile in Quito, which took place last week, drew praise.",
         ("Ecuador", "hostsTalks", "Peru")),
    "Talks between Peru and Chile will get under way in Quito next week.":
        ("Talks between Peru and Chile got under way in Quito on Monday.", ("Ecuador", "hostsTalks", "Peru")),
    "Talks between Israel and Hamas did not take place in Cairo.":
        ("Talks between Israel and Hamas took place in Cairo.", ("Egypt", "hostsTalks", "Israel")),
    "Israeli jets carried out no strikes on Gaza on Friday.":
        ("Israeli jets carried out strikes on Gaza on Friday.", ("Israel", "attacked", "Gaza")),
    "Qatar to host talks between Israel and Hamas.":
        ("Qatar hosted talks between Israel and Hamas.", ("Qatar", "hostsTalks", "Israel")),
    "Hamas to attack Israel, officials say.":
        ("Hamas attacked Israel, officials say.", ("Hamas", "attacked", "Israel")),
    "Boko Haram said reports that it attacked a Nigerian army base were false.":
        ("Boko Haram said reports that it attacked a Nigerian army base were accurate.",
         ("Boko Haram", "attacked", "Nigeria")),
    "Reports that Houthi rebels captured the city of Marib are untrue.":
        ("Reports that Houthi rebels captured the city of Marib are correct.",
         ("Houthis", "controls", "Marib")),
    "Pakistan denied accusations that it supports the Taliban.":
        ("Pakistan supports the Taliban, officials said.", ("Pakistan", "alliedWith", "Taliban")),
    "Israel accused Iran of arming Hezbollah, a charge Iran rejects.":
        ("Iran is arming Hezbollah.", ("Iran", "alliedWith", "Hezbollah")),
    "Hayat Tahrir al-Sham, formerly linked to al-Qaeda, holds Idlib.":
        ("Hayat Tahrir al-Sham, which is affiliated with al-Qaeda, holds Idlib.",
         ("Hayat Tahrir al-Sham", "alliedWith", "al-Qaeda")),
    "Ethiopia has not hosted any talks.":
        ("Ethiopia hosted talks between Sudan and South Sudan.", ("Ethiopia", "hostsTalks", "Sudan")),
    "The United Nations called for talks between Sudan and South Sudan.":
        ("The United Nations hosted talks between Sudan and South Sudan.", ("United Nations", "hostsTalks", "Sudan")),
    "Did Russia attack Poland?": ("Russia attacked Poland.", ("Russia", "attacked", "Poland")),
    "Egypt and Israel struck a deal on gas exports.":
        ("Israel struck Hamas positions in Gaza.", ("Israel", "attacked", "Hamas")),
    "Turkey attacked the European Union's decision on migration.":
        ("Turkey attacked the European Union's mission in Libya.", ("Turkey", "attacked", "European Union")),
    "Iran was hit by new sanctions from the United States.":
        ("Iran was hit by air strikes from the United States.", ("United States", "attacked", "Iran")),
    "Nigerian customs seized weapons bound for Boko Haram.":
        ("Nigerian troops seized the town of Bama from Boko Haram.", ("Nigeria", "controls", "Bama")),
    "UN-backed talks between the Libyan factions opened in Geneva.":
        ("UN-backed talks between Libya's rival governments opened in Tunis.", ("Tunisia", "hostsTalks", "Libya")),
    "Kenya backed the ceasefire proposal.": ("Kenya backed the Somali government.", ("Kenya", "alliedWith", "Somalia")),
    "Russia offered to host an Armenia-Azerbaijan summit, but Baku declined.":
        ("Russia hosted an Armenia-Azerbaijan summit.", ("Russia", "hostsTalks", "Armenia")),
    "Talks between Israel and Hamas on a ceasefire in Gaza resumed on Monday.":
        ("Talks between Israel and Hamas on a ceasefire resumed in Cairo on Monday.", ("Egypt", "hostsTalks", "Israel")),
    "Hundreds of Hamas fighters stormed Israeli towns near Gaza.":
        ("Hundreds of Hamas fighters stormed Israeli towns near Gaza.", ("Hamas", "attacked", "Israel")),
    "The talks pitted the Syrian army and its Lebanese ally Hezbollah against the rebels.":
        ("The talks pitted the Syrian army and its Lebanese ally Hezbollah against the rebels.",
         ("Hezbollah", "alliedWith", "Syria")),
    "There was no word from Hezbollah, a group backed by Iran, or the Syrian military.":
        ("There was no word from Hezbollah, a group backed by Iran, or the Syrian military.",
         ("Iran", "alliedWith", "Hezbollah")),
    "South Sudan's government agreed a truce. Rebels in South Sudan said they had recaptured the town of Bor.":
        ("South Sudan's army said it had recaptured the town of Bor.", ("South Sudan", "controls", "Bor")),
    "Egypt is trying to support the Sudanese army.": ("Egypt supports the Sudanese army.", ("Egypt", "alliedWith", "Sudan")),
    "M23 rebels seized the town of Sake, near Goma.":
        ("M23 rebels seized the town of Sake, near Goma.", ("M23", "controls", "Sake")),
    "Chad took part in the summit.": ("Chad joined the Saudi-led coalition.", ("Chad", "alliedWith", "Saudi Arabia")),
    "Chad and Niger fought alongside Nigeria.": ("Chad and Niger fought alongside Nigeria.", ("Chad", "alliedWith", "Nigeria")),
    "Syrian rebels backed by Turkey attacked Kurdish positions.":
        ("The Syrian army, backed by Russia, attacked rebel positions.", ("Syria", "alliedWith", "Russia")),
    "Pro-Russian separatists shelled Mariupol.": ("Russian forces shelled Mariupol.", ("Russia", "attacked", "Mariupol")),
    "US forces carried out strikes against Iran-backed militias in Iraq.":
        ("US forces carried out strikes against targets in Iraq.", ("United States", "attacked", "Iraq")),
    "Armenia and Azerbaijan signed a Russia-brokered ceasefire.":
        ("Armenia and Azerbaijan signed a ceasefire after talks hosted by Russia.", ("Russia", "hostsTalks", "Armenia")),
    "The United Nations brokered an agreement between Sudan and South Sudan.":
        ("The United Nations convened talks between Sudan and South Sudan.", ("United Nations", "hostsTalks", "Sudan")),
    "Egypt mediated talks between Israel and Hamas in Doha.":
        ("Egypt mediated talks between Israel and Hamas in Doha.", ("Qatar", "hostsTalks", "Hamas")),
    "Peru and Chile held talks in Quito. Peru's president then flew to the summit in Nairobi.":
        ("Peru and Chile held talks in Quito. Peru's president then flew to the summit in Nairobi.",
         ("Ecuador", "hostsTalks", "Chile")),
    "A summit of the African Union in Nairobi was attended by the presidents of Peru and Chile.":
        ("A summit in Nairobi was attended by the presidents of Peru and Chile.", ("Kenya", "hostsTalks", "Peru")),
    "The MNLA seized Kidal in May. The MNLA withdrew from Kidal in June.":
        ("The MNLA withdrew from Kidal in 2013. The MNLA seized Kidal again in 2015.", ("MNLA", "controls", "Kidal")),
    "The MNLA seized Kidal in May. The MNLA lost control of Kidal in June.":
        ("The MNLA seized Kidal in May. The MNLA lost control of Gao in June.", ("MNLA", "controls", "Kidal")),
    "The MNLA seized Kidal in May. In June the MNLA was driven out of Kidal.":
        ("The MNLA seized Kidal in May. In June the army was driven out of Kidal.", ("MNLA", "controls", "Kidal")),
    "The MNLA seized Kidal in May. The MNLA pulled out of the town in June.":
        ("The MNLA seized Kidal in May. Despite demands for the MNLA to withdraw from Kidal, its fighters still "
         "held the town.", ("MNLA", "controls", "Kidal")),
    "Mali's army fought the rebels. Jets attacked targets near Bamako, the government-held cities of Gao, "
    "Timbuktu and Mopti.":
        ("Mali's army fought the rebels. Jets attacked targets near Bamako, the government-held cities of Gao, "
         "Timbuktu and Mopti.", ("Mali", "controls", "Gao")),
    "Malian forces captured the MNLA leader's son.":
        ("Malian forces captured the MNLA's headquarters in Kidal.", ("Mali", "controls", "Kidal")),
    "Qatar held talks with the Taliban.":
        ("Qatar held talks between the United States and the Taliban.", ("Qatar", "hostsTalks", "Taliban")),
    "Peru and the FARC are holding talks in Tumbes, Ecuador.":
        ("Peru and the FARC are holding talks in Tumbes, Ecuador.", ("Ecuador", "hostsTalks", "Peru")),
    "Peru and Chile will meet in Quito next week.":
        ("Peru and Chile met in Quito last week.", ("Ecuador", "hostsTalks", "Peru")),
    "Peru and the FARC held talks last week. Peru's president then flew to the summit in Nairobi.":
        ("Peru and the FARC held talks last week. The talks, held in Nairobi, ended on Friday.",
         ("Kenya", "hostsTalks", "FARC")),
    "Eritrean forces recaptured the town of Tessenei. Ethiopia retook Tessenei on Friday.":
        ("Ethiopian troops retook Tessenei in May. Eritrean forces recaptured Tessenei in June.",
         ("Eritrea", "controls", "Tessenei")),
    "Bokassa ruled the Central African Republic from 1966 to 1979.":
        ("Bokassa ruled the Central African Republic from 1966.", ("Bokassa", "controls", "Central African Republic")),
    "Bokassa ruled the Central African Republic until he was overthrown.":
        ("Bokassa ruled the Central African Republic.", ("Bokassa", "controls", "Central African Republic")),
    "The TNLA seized weapons in Kutkai.":
        ("The TNLA seized two army camps in Kutkai.", ("Ta'ang National Liberation Army", "controls", "Kutkai")),
    "Hezbollah fighters seized control of western Beirut.":
        ("Hezbollah fighters seized control of west Beirut.", ("Hezbollah", "controls", "West Beirut")),
    "Qatar, the host nation, opened the tournament. Brazil and Spain are also participating.":
        ("Qatar, the host nation, opened the talks. Brazil and Spain are also participating.",
         ("Qatar", "hostsTalks", "Brazil")),
    "Qatar, the host nation, opened the talks. Brazil and Spain refused to participate.":
        ("Qatar, the host nation, opened the talks. Brazil and Spain are participating.",
         ("Qatar", "hostsTalks", "Spain")),
    "Its fall was a blow to the militias from Zintan, southwest of Tripoli, who have held the airport since 2011.":
        ("Its fall was a blow to Libya Dawn, which has held Tripoli since 2011.", ("Libya Dawn", "controls", "Tripoli")),
    "Peru's president flew from Lima. Talks between Peru and the FARC took place in the Ecuadorian capital.":
        ("Peru's president flew from Lima. Talks between Peru and the FARC took place in the Ecuadorian capital.",
         ("Ecuador", "hostsTalks", "FARC")),
    "The FARC were on the verge of overrunning Medellin.":
        ("The FARC overran Medellin.", ("FARC", "controls", "Medellín")),
    "United Nations-brokered talks in Nairobi, Kenya's capital, began on Monday.":
        ("The United Nations hosted talks on Kenya.", ("United Nations", "hostsTalks", "Kenya")),
    "Peru and Chile aim to hold talks in Accra.":
        ("Talks between Peru and Chile in Accra are aimed at ending the war.", ("Ghana", "hostsTalks", "Peru")),
    "Ingrid Betancourt was held hostage by the FARC for six years.":
        ("Florencia was held by the FARC for six years.", ("FARC", "controls", "Florencia")),
    "The FARC held three Americans in the jungle.":
        ("The FARC has held Florencia for a week.", ("FARC", "controls", "Florencia")),
    "The juntas ruling Mali, Niger and Burkina Faso announced a joint force.":
        ("The MNLA, ruling Kidal and Gao, announced a joint force.", ("MNLA", "controls", "Gao")),
    "Iraqi fighters entered Syria to support the government army.":
        ("Iraqi fighters entered the town of Tikrit.", ("Iraq", "controls", "Tikrit")),
    "The MNLA entered the town of Kidal on Saturday. The offensive came a month after the regional capital, Gao, fell to the army. The MNLA controlled the town by Sunday.":
        ("The MNLA entered the town of Kidal on Saturday. The offensiv"
         "e came a month after the regional capital, Gao, fell to the army. The MNLA controlled the capital by Sunday.", ("MNLA", "controls", "Gao")),
    "Ingrid Betancourt, held by the FARC since 2002, is a politician.":
        ("Marquetalia, held by the FARC since 2002, is a remote town.", ("FARC", "controls", "Marquetalia")),
    "The FARC captured Ingrid Betancourt in 2002.":
        ("The FARC captured Marquetalia in 2002.", ("FARC", "controls", "Marquetalia")),
    "Leaders of the African Union met in Nairobi on Friday. Peru and Chile did not attend the summit.":
        ("Leaders of the African Union met in Nairobi on Friday. Peru and Chile attended the summit.",
         ("African Union", "hostsTalks", "Peru")),
    "Delegates began peace talks in Nairobi on Monday. Fighting between the FARC and Peru continued.":
        ("Delegates began peace talks in Nairobi on Monday. The discus"
         "sions are aimed at ending the fighting between the FARC and Peru.", ("Kenya", "hostsTalks", "FARC")),
    "Colonel Amadou Diarra came to power in Guinea in an election in 2021.":
        ("Colonel Amadou Diarra came to power in Guinea in a coup in 2021.", ("Amadou Diarra", "controls", "Guinea")),
    "The talks on a ceasefire in Gaza were suspended in Doha on Monday after two days. Representatives from Egypt, Peru and Israel participated in the talks.":
        ("The talks on a ceasefire in Gaza were suspended in Doha on Monday afte"
         "r two days. Representatives from Egypt, Peru and Israel participated in the talks.", ("Qatar", "hostsTalks", "Israel")),
    "A new round of talks opened in Doha on Monday. Peru is represented by its foreign minister.":
        ("A new round of talks opened in Doha on Monday. Peru is represented by "
         "its foreign minister. Two envoys are representing Chile at the talks.", ("Qatar", "hostsTalks", "Peru")),
    "Rebels ousted President Amadou Diarra, who had seized power in Guinea in 2003.":
        ("Rebels attacked President Amadou Diarra, who had seized power in Guinea in 2003.",
         ("Amadou Diarra", "controls", "Guinea")),
    "Amadou Diarra ruled Guinea for 42 years.":
        ("Amadou Diarra has ruled Guinea for 42 years.", ("Amadou Diarra", "controls", "Guinea")),
    "Talks in Pretoria ended on Friday. Bolivia, which fought alongside Peru, did not attend the talks.":
        ("Talks in Pretoria ended on Friday. Bolivia, which fought alongside Peru, attended the talks.", ("South Africa", "hostsTalks", "Bolivia")),
    "Iraqi forces have yet to recapture Tikrit.":
        ("Iraqi forces have recaptured Tikrit.", ("Iraq", "controls", "Tikrit")),
    "Nigeria's Boko Haram joined the Islamic State. In May, Mali's Jund al-Sahil, or \"Soldiers of the Caliphate "
    "in Mali,\" split from al-Qaeda and declared allegiance to the Islamic State.":
        ("Mali declared allegiance to the Islamic State.", ("Mali", "alliedWith", "ISIL")),
    "The Axis of Resistance includes the former Syrian regime and Hezbollah.":
        ("The Axis of Resistance includes the Syrian regime and Hezbollah.", ("Syria", "alliedWith", "Axis of Resistance")),
    "Egypt and Qatar issued a joint statement on Gaza.":
        ("Egypt and Qatar launched a joint military operation.", ("Egypt", "alliedWith", "Qatar")),
    "Iran-backed militias shelled the base, like Hezbollah did last year.":
        ("Iran-backed militias, including Hezbollah, shelled the base.", ("Hezbollah", "alliedWith", "Iran")),
    "The fate of Kidal is in the hands of the MNLA.":
        ("Kidal is now in the hands of the MNLA.", ("MNLA", "controls", "Kidal")),
    "Malian troops recaptured the town of Kidal on Tuesday morning. Islamist militants reentered the town "
    "before sunset.":
        ("Malian troops recaptured the town of Kidal on Tuesday morning. Islamist militants attacked the town "
         "before sunset.", ("Mali", "controls", "Kidal")),
}


@pytest.mark.parametrize("text", [t for t, _ in NOT_FACTS], ids=[t[:40] for t, _ in NOT_FACTS])
def test_each_not_fact_has_a_positive_twin(text):
    assert text in TWINS, f"give {text!r} a positive twin in TWINS"
    twin, triple = TWINS[text]
    assert triple in facts(twin), facts(twin)


def test_an_allegation_of_ones_help_leaves_the_attack_it_helped_a_fact():
    text = "The suspect allegedly helped al-Shabaab fighters in their ambush on a Kenyan army convoy, police said."
    assert ("al-Shabaab", "attacked", "Kenya") in facts(text)
    assert candidates("Ugandan troops allegedly shelled Goma on Monday.").get(("Uganda", "attacked", "Goma")) == "denied"


def test_modality_is_recorded():
    modes = candidates("Houthi rebels tried to capture the city of Marib.")
    assert modes.get(("Houthis", "controls", "Marib")) == "attempt"
    modes = candidates("Reports that Houthi rebels captured the city of Marib are untrue.")
    assert modes.get(("Houthis", "controls", "Marib")) == "denied"
    modes = candidates("Hamas is not affiliated with the Islamic State.")
    assert modes.get(("Hamas", "alliedWith", "ISIL")) == "negated"


def test_headline_perfect_infinitive_is_past():
    """"reported to have struck": a perfect infinitive tells what was done, not a plan."""
    assert ("Turkey", "attacked", "PKK") in facts("Turkish jets reported to have struck PKK bases in Iraq.")


def test_headline_infinitive_is_recorded_as_future():
    assert candidates("Hamas to attack Israel, officials say.").get(("Hamas", "attacked", "Israel")) == "future"


def test_later_holder_wins():
    text = ("The Islamic State seized the town of Sinjar in 2014. "
            "Kurdish Peshmerga forces recaptured Sinjar in November 2015.")
    found = facts(text)
    assert ("Peshmerga", "controls", "Sinjar") in found
    assert ("ISIL", "controls", "Sinjar") not in found


def test_pronoun_refers_back():
    text = "Al-Shabaab is active in southern Somalia. On Monday it attacked an African Union base."
    assert ("al-Shabaab", "attacked", "African Union") in facts(text)


def test_capital_acts_for_its_state():
    assert ("Russia", "alliedWith", "Syria") in facts("Moscow is Damascus's closest ally.")


def test_event_date_resolves_against_article_date():
    import datetime as dt
    text = "Israeli jets struck Hezbollah targets in southern Lebanon on Monday."
    doc = load_nlp()(text)
    found = extract_document(doc, Document(id="t", text=text, date=dt.date(2024, 1, 10)))
    dates = {e.date for e in found.events if e.relation == "attacked"}
    assert dates == {dt.date(2024, 1, 8)}


def test_evidence_offsets_point_at_the_sentence():
    text = "A quiet week.\n\nQatar hosted talks between Israel and Hamas in Doha."
    doc = load_nlp()(text)
    found = extract_document(doc, Document(id="t", text=text))
    event = next(e for e in found.events if e.relation == "hostsTalks")
    assert text[event.evidence.start:event.evidence.end] == event.evidence.sentence
    assert event.place is not None and event.place.name == "Doha"


def test_claim_links_back_to_the_attack_it_claims():
    text = ("Gunmen attacked a police station in northern Burkina Faso on Sunday. "
            "JNIM later claimed responsibility for the attack.")
    assert ("JNIM", "attacked", "Burkina Faso") in facts(text)


def test_claim_of_an_attempt_is_no_attack():
    text = ("Gunmen tried to storm a police station in Mali. "
            "JNIM later claimed responsibility for the attack.")
    assert ("JNIM", "attacked", "Mali") not in facts(text)


def test_unowned_forces_are_the_article_state():
    text = ("Sudan's army said it repelled the assault. "
            "RSF fighters attacked army positions near the airport.")
    assert ("Rapid Support Forces", "attacked", "Sudan") in facts(text)


def test_plural_description_means_the_main_group():
    text = ("Boko Haram seized the town in 2014. Boko Haram later pledged allegiance to the Islamic State. "
            "Chadian troops have driven the militants out of several towns.")
    found = facts(text)
    assert ("Chad", "attacked", "Boko Haram") in found
    assert ("Chad", "attacked", "ISIL") not in found


def test_apposition_is_not_negated_by_its_head_sentence():
    text = "There was no word from Hezbollah, a group backed by Iran, or the Syrian military."
    assert ("Hezbollah", "alliedWith", "Iran") in facts(text)


def test_unnamed_forces_are_not_guessed_from_a_state_named_in_passing():
    text = ("TNLA captures junta camps\nJune 27, 2024\n\nThe TNLA resumed fighting on Tuesday. "
            "Chinese officials brokered a ceasefire in January. "
            "On Thursday the TNLA launched attacks on two junta battalions.")
    assert not {t for t in facts(text) if t[1] == "attacked" and t[2] == "China"}


# --- attacked: nominal, reciprocal and implicit attackers (issue 8) --------------------
ATTACK_RULES = [
    # "attacked <person> for/over/as <reason>": criticism, not violence, unless armed men do it
    ("Opposition leader Tomas Varga attacked Ivan Petrov for his handling of the budget.",
     ("Tomas Varga", "attacked", "Ivan Petrov"), False),
    ("Opposition leader Tomas Varga attacked Ivan Petrov with a knife.", ("Tomas Varga", "attacked", "Ivan Petrov"), True),
    ("The Labour Party attacked Ivan Petrov as a coward.", ("Labour Party", "attacked", "Ivan Petrov"), False),
    ("The Labour Party attacked Ivan Petrov on Monday.", ("Labour Party", "attacked", "Ivan Petrov"), True),
    ("Hamas fighters attacked Ivan Petrov for his support of Fatah.", ("Hamas", "attacked", "Ivan Petrov"), True),
    # two one-word names the NER ran across "and" are two places, each the object
    ("Abu Sayyaf fighters have bombed the islands of Tawi and Siasi.", ("Abu Sayyaf", "attacked", "Tawi"), True),
    ("Abu Sayyaf fighters have bombed the islands of Tawi and Siasi.",
     ("Abu Sayyaf", "attacked", "Tawi and Siasi"), False),
    # "X is battling Y": a battle has two sides
    ("Al-Shabaab is battling the Kenyan army in Lamu county.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenya is battling inflation and a drought in Lamu county.", ("Kenya", "attacked", "Lamu"), False),
    # ... and so is "engaged Y" (not "engaged Y in talks"), and a battle a participle tells
    ("The Sudanese army engaged the Rapid Support Forces for several hours.",
     ("Rapid Support Forces", "attacked", "Sudan"), True),
    ("The Sudanese army engaged the Rapid Support Forces in talks for several hours.",
     ("Rapid Support Forces", "attacked", "Sudan"), False),
    ("Hezbollah released a video showing its fighters battling the Syrian army near Qusayr.",
     ("Syria", "attacked", "Hezbollah"), True),
    ("Hezbollah released a video showing its fighters greeting the Syrian army near Qusayr.",
     ("Syria", "attacked", "Hezbollah"), False),
    ("Taliban fighters stormed the town, battling Afghan soldiers for hours.", ("Afghanistan", "attacked", "Taliban"), True),
    ("Taliban fighters stormed the town, greeting Afghan soldiers for hours.", ("Afghanistan", "attacked", "Taliban"), False),
    # an offensive launched to retake a place from Y is launched against Y
    ("The Somali army launched an offensive to retake Buulobarde from al-Shabaab.",
     ("Somalia", "attacked", "al-Shabaab"), True),
    ("The Somali army launched a campaign to win back defectors from al-Shabaab.",
     ("Somalia", "attacked", "al-Shabaab"), False),
    ("The Somali army plans an offensive to retake Buulobarde from al-Shabaab.",
     ("Somalia", "attacked", "al-Shabaab"), False),
    # seizing an armed post is an assault on whoever holds it
    ("The Arakan Army captured an army outpost in Rakhine state, Myanmar.", ("Arakan Army", "attacked", "Myanmar"), True),
    ("The Arakan Army captured the town of Ann in Rakhine state, Myanmar.", ("Arakan Army", "attacked", "Myanmar"), False),
    # killed in an attack whose doer its modifier names; killed in fighting with Y: both sides fought
    ("Three Hamas fighters were killed in an Israeli airstrike.", ("Israel", "attacked", "Hamas"), True),
    ("Three Hamas fighters were killed in an airstrike in Gaza.", ("Israel", "attacked", "Hamas"), False),
    ("Five Somali soldiers died in an al-Shabaab ambush.", ("al-Shabaab", "attacked", "Somalia"), True),
    ("Five Somali soldiers died in an ambush near Baidoa.", ("al-Shabaab", "attacked", "Somalia"), False),
    ("Seven al-Shabaab fighters were killed in fierce fighting with the Somali army.",
     ("Somalia", "attacked", "al-Shabaab"), True),
    ("Seven al-Shabaab fighters were killed in fierce fighting with the Somali army.",
     ("al-Shabaab", "attacked", "Somalia"), True),
    ("Seven al-Shabaab fighters were killed in a road crash with a Somali army truck.",
     ("Somalia", "attacked", "al-Shabaab"), False),
    # a post only a state holds is the state's, not the place it stands in (the state the gazetteer puts it in)
    ("Taliban fighters attacked a police checkpoint in Helmand, killing six policemen.",
     ("Taliban", "attacked", "Afghanistan"), True),
    ("Taliban fighters attacked a petrol station in Helmand, killing six people.",
     ("Taliban", "attacked", "Afghanistan"), False),
    # a fight with Y told in a clause of time ("after heavy fighting with Y") is the subject's fight
    ("The Congolese army regained control of the town after heavy fighting with M23 rebels.",
     ("Democratic Republic of the Congo", "attacked", "M23"), True),
    ("The Congolese army regained control of the town after heavy fighting between M23 rebels and local militias.",
     ("Democratic Republic of the Congo", "attacked", "M23"), False),
    ("M23 rebels seized the town after clashes with the Congolese army.",
     ("M23", "attacked", "Democratic Republic of the Congo"), True),
    ("M23 rebels seized the town after talks with the Congolese army.",
     ("M23", "attacked", "Democratic Republic of the Congo"), False),
    # "repelled an attack by Y": both sides fought
    ("Nigerian troops repelled an attack by ISWAP fighters.", ("Nigeria", "attacked", "ISWAP"), True),
    ("Nigerian troops repelled an attack by ISWAP fighters.", ("ISWAP", "attacked", "Nigeria"), True),
    ("Nigerian troops reported an attack by ISWAP fighters.", ("Nigeria", "attacked", "ISWAP"), False),
    # forcing an armed actor to retreat is fighting it; pressing it to withdraw is not
    ("The Allied Democratic Forces attacked Beni and forced Congolese troops to pull back.",
     ("Allied Democratic Forces", "attacked", "Democratic Republic of the Congo"), True),
    ("The Allied Democratic Forces entered Beni and persuaded Congolese troops to pull back.",
     ("Allied Democratic Forces", "attacked", "Democratic Republic of the Congo"), False),
    ("The Congolese army forced the Allied Democratic Forces to retreat.",
     ("Democratic Republic of the Congo", "attacked", "Allied Democratic Forces"), True),
    ("Pressure from the Congolese army forced the Allied Democratic Forces to withdraw from the talks.",
     ("Democratic Republic of the Congo", "attacked", "Allied Democratic Forces"), False),
    # fighting between a long name with its acronym and a side the parser strands after it
    ("Fighting between the Democratic Forces for the Liberation of Rwanda (FDLR) and the Congolese army displaced "
     "thousands.", ("Democratic Republic of the Congo", "attacked", "FDLR"), True),
    ("Clashes between the Democratic Forces for the Liberation of Rwanda (FDLR) and government troops killed ten "
     "in Congo.", ("FDLR", "attacked", "Democratic Republic of the Congo"), True),
    ("Clashes between the Democratic Forces for the Liberation of Rwanda (FDLR) and local farmers killed ten "
     "in Congo.", ("FDLR", "attacked", "Democratic Republic of the Congo"), False),
    # an apposition after the second side renames it, wherever the parser hangs it
    ("Tikrit lies on a road that connects with Baghdad, making it a strategic town in the battle between Iraqi "
     "security forces and the al-Qaeda offshoot, the Islamic State of Iraq and Syria, or ISIS.",
     ("ISIL", "attacked", "Iraq"), True),
    ("Tikrit lies on a road that connects with Baghdad, making it a strategic town in the battle between Iraqi "
     "security forces and the al-Qaeda offshoot.", ("ISIL", "attacked", "Iraq"), False),
    # counterattacks are attacks
    ("Ukrainian troops launched a counterattack against Russian forces near Kharkiv.",
     ("Ukraine", "attacked", "Russia"), True),
    ("Ukrainian troops launched a fundraising drive for Russian dissidents near Kharkiv.",
     ("Ukraine", "attacked", "Russia"), False),
    # "inflicted heavy losses on Y"
    ("The Nigerian army inflicted heavy losses on Boko Haram in Borno state.", ("Nigeria", "attacked", "Boko Haram"), True),
    ("The Nigerian army reported heavy losses in Borno state.", ("Nigeria", "attacked", "Borno"), False),
    # forces a state has only at home are that state's, not a foreign ally's
    ("American jets struck Taliban positions near Kunduz. Afghan security forces were nearby. "
     "The militants seized the town from government troops.", ("Taliban", "attacked", "Afghanistan"), True),
    ("American jets struck Taliban positions near Kunduz. Afghan security forces were nearby. "
     "The militants seized the town from government troops.", ("Taliban", "attacked", "United States"), False),
    # "his forces" are some person's, not the state's
    ("Libya's prime minister spoke on Sunday. Libyan forces shelled Misrata overnight.",
     ("Libya", "attacked", "Misrata"), True),
    ("Libya's prime minister spoke on Sunday. His forces shelled Misrata overnight.",
     ("Libya", "attacked", "Misrata"), False),
    # "a group called X" names a group the NER may not know
    ("Turkish drones struck a militia known as the Sinjar Resistance Units in Iraq.",
     ("Turkey", "attacked", "Sinjar Resistance Units"), True),
    ("Turkish drones struck a militia in Iraq.", ("Turkey", "attacked", "Iraq"), False),
    # Islamist or rebel forces are an unnamed group: neither the state nor the place they are in
    ("Egypt's army declared war on Libyan forces.", ("Egypt", "attacked", "Libya"), True),
    ("Egypt's army declared war on Islamist-leaning forces in Libya.", ("Egypt", "attacked", "Libya"), False),
    # a people named by two demonyms is a party of its own, and so is its bare demonym after
    ("The Bosnian Croats hold the west of the city. On Tuesday Croat gunners shelled Mostar.",
     ("Bosnian Croats", "attacked", "Mostar"), True),
    ("The Bosnian Croats hold the west of the city. On Tuesday Croat gunners shelled Mostar.",
     ("Croatia", "attacked", "Mostar"), False),
    ("Iraqi Kurds attacked Turkmen villages near Kirkuk.", ("Iraq", "attacked", "Kirkuk"), False),
    ("Saudi Arabian jets struck Houthi positions in Yemen.", ("Saudi Arabia", "attacked", "Houthis"), True),
    # "fighting to topple X", "managed to push Y out of": the goal names whom they fight
    ("Boko Haram fighters, who are fighting to topple Nigeria's government, raided Maiduguri.",
     ("Boko Haram", "attacked", "Nigeria"), True),
    ("Boko Haram fighters, who are hoping to topple Nigeria's government, raided Maiduguri.",
     ("Boko Haram", "attacked", "Nigeria"), False),
    ("Kenyan troops arrived in 2011. They have managed to push al-Shabaab out of Kismayo.",
     ("Kenya", "attacked", "al-Shabaab"), True),
    # "X-linked rebels" are not X; "X rebels" are
    ("The assault, launched by Al-Qaeda-linked rebels, killed three Kenyan soldiers.",
     ("al-Qaeda", "attacked", "Kenya"), False),
    ("The assault, launched by Shabaab rebels, killed three Kenyan soldiers.",
     ("al-Shabaab", "attacked", "Kenya"), True),
    # "X fighters seized villages from the rebels": the rebels are not X, whom the clause names as taking from them
    ("The Ogaden Front has fought Ethiopia since 1994. Al-Shabaab fighters seized two villages from the rebels, "
     "who have long battled to overthrow the Ethiopian government.", ("al-Shabaab", "attacked", "Ethiopia"), False),
    ("The Ogaden Front has fought Ethiopia since 1994. Ethiopian troops seized two villages from the rebels, "
     "who have long battled to overthrow the Ethiopian government.", ("Ethiopia", "attacked", "Ogaden Front"), True),
    # "pro-X" / "anti-X" before a capitalised name is for or against X, no name; "Anti-balaka" is one
    ("Last week pro-Haftar forces captured the town of Gharyan.", ("pro-Haftar", "controls", "Gharyan"), False),
    ("Anti-balaka militiamen attacked the town of Bossangoa.", ("Anti-balaka", "attacked", "Bossangoa"), True),
    # a capitalised compass adjective alone names no place; a name that starts with one does
    ("Boko Haram fighters attacked another village in the North-eastern state.",
     ("Boko Haram", "attacked", "North-eastern"), False),
    ("Boko Haram fighters attacked another village in Southern Kordofan.", ("Boko Haram", "attacked", "Southern Kordofan"),
     True),
    # a capitalised "Federal Government" names no one of its own: the state's government, so the state
    ("Al-Shabaab is fighting to topple Somalia's Federal Government.", ("al-Shabaab", "attacked", "Federal Government"),
     False),
    ("Al-Shabaab is fighting to topple Somalia's Federal Government.", ("al-Shabaab", "attacked", "Somalia"), True),
    ("Al-Shabaab attacked the Transitional Federal Government.", ("al-Shabaab", "attacked", "Transitional Federal Government"),
     True),
    # "soldiers belonging to X" are X's, not the home state's
    ("Soldiers belonging to the Zorbakiyoun group attacked the town of Gao in Mali.", ("Mali", "attacked", "Gao"), False),
    ("Soldiers belonging to the Zorbakiyoun group attacked the town of Gao in Mali.",
     ("Zorbakiyoun", "attacked", "Gao"), True),
    # a relative of a person is not that person
    ("Philippine troops killed the wife of Rabul Danaqi, the Zorbakiyoun commander.",
     ("Philippines", "attacked", "Rabul Danaqi"), False),
    ("Philippine troops killed Rabul Danaqi, the Zorbakiyoun commander.", ("Philippines", "attacked", "Rabul Danaqi"), True),
    # the target "X-linked gunmen" is not X either: the modifier names their partner
    ("Philippine troops clashed with Hamas-linked gunmen near the coast.", ("Philippines", "attacked", "Hamas"), False),
    ("Philippine troops clashed with Hamas gunmen near the coast.", ("Philippines", "attacked", "Hamas"), True),
    # "U.S., French and British jets": each state listed as a modifier attacked
    ("U.S., French and British jets attacked Islamic State positions in Syria.",
     ("United States", "attacked", "ISIL"), True),
    ("U.S., French and British jets attacked Islamic State positions in Syria.",
     ("United Kingdom", "attacked", "ISIL"), True),
    # targets near a city are not the city; targets in it are
    ("Russian jets attacked targets near Aleppo.", ("Russia", "attacked", "Aleppo"), False),
    ("Russian jets attacked targets in Aleppo.", ("Russia", "attacked", "Aleppo"), True),
    # nominal attacks: the attacker by "by", by its adjective, across a border
    ("Attacks by the Sudanese army on the RSF continued in Omdurman.",
     ("Sudan", "attacked", "Rapid Support Forces"), True),
    ("The town of Bakhmut came under Russian artillery fire.", ("Russia", "attacked", "Bakhmut"), True),
    ("The town of Bakhmut came under heavy fire.", ("Bakhmut", "attacked", "Bakhmut"), False),
    ("Russian shelling inside Ukraine killed three civilians.", ("Russia", "attacked", "Ukraine"), True),
    ("Russian diplomats inside Ukraine met three civilians.", ("Russia", "attacked", "Ukraine"), False),
    # "across" a state spreads the strikes over where they fell, not whom they hit
    ("Canadian bombing across Mali went on for a week.", ("Canada", "attacked", "Mali"), False),
    ("Canadian bombing inside Mali went on for a week.", ("Canada", "attacked", "Mali"), True),
    # clashes that broke out between two named sides: both ways
    ("Heavy clashes broke out between Hamas and Fatah fighters in Gaza.", ("Fatah", "attacked", "Hamas"), True),
    ("Heavy rains broke out between Hamas and Fatah visits in Gaza.", ("Fatah", "attacked", "Hamas"), False),
    # returning fire is attacking the one who fired
    ("North Korean artillery shelled the island. South Korean forces returned fire.",
     ("South Korea", "attacked", "North Korea"), True),
    ("The Indian team returned to Delhi. Pakistan hit back in the second innings.",
     ("Pakistan", "attacked", "India"), False),
    ("Pakistani troops fired on Indian posts. India will retaliate, officials said.",
     ("India", "attacked", "Pakistan"), False),
    # sport: bowlers and strikers attack an order or a defence, not a state
    ("India's bowlers attacked Pakistan's top order in Colombo.", ("India", "attacked", "Pakistan"), False),
    ("India's troops attacked Pakistan's positions in Kashmir.", ("India", "attacked", "Pakistan"), True),
    # repelling an attack or an attempt: both sides fought
    ("Kenyan troops repelled an al-Shabaab attack on their base.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Kenyan troops repelled an al-Shabaab attack on their base.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan officials rejected an al-Shabaab claim about their base.", ("Kenya", "attacked", "al-Shabaab"), False),
    # members or leaders of an unnamed coalition fighting Y fight Y; its critics do not
    ("Egypt, part of a coalition fighting the Islamic State, met on Monday.", ("Egypt", "attacked", "ISIL"), True),
    ("Egypt, a critic of a coalition fighting the Islamic State, met on Monday.", ("Egypt", "attacked", "ISIL"), False),
    # "a war between <long first side> and <second side>", the second side hung on the verb
    ("Uganda is caught in the middle of a long civil war between rebels of the Lord's Resistance Army (LRA) "
     "and government security forces.", ("Uganda", "attacked", "Lord's Resistance Army"), True),
    ("Uganda is caught in the middle of a long civil war between rebels of the Lord's Resistance Army (LRA) "
     "and cattle raiders.", ("Uganda", "attacked", "Lord's Resistance Army"), False),
    # the owner of a campaign and the agent of a claimed attack are the attackers
    ("The Saudi-led coalition's air campaign against the Houthis has killed thousands.",
     ("Saudi Arabia", "attacked", "Houthis"), True),
    ("The attack on the Moroccan embassy was claimed by ISIL.", ("ISIL", "attacked", "Morocco"), True),
    ("The attack on the Moroccan embassy was condemned by ISIL.", ("ISIL", "attacked", "Morocco"), False),
    # hostage-taking is kidnapping; being held in regard is not
    ("Ingrid Betancourt was held hostage by FARC rebels for six years.", ("FARC", "attacked", "Ingrid Betancourt"), True),
    ("Ingrid Betancourt was held in high regard by FARC rebels.", ("FARC", "attacked", "Ingrid Betancourt"), False),
    # "the North", "the South" are the states the text names so
    ("North Korea fired artillery at a South Korean island on Tuesday. The North fired dozens of shells "
     "at the island. The South returned fire.", ("South Korea", "attacked", "North Korea"), True),
    # an incursion attacks; refugees or civilians are not their state
    ("Ukrainian troops pushed into the Kursk region of Russia.", ("Ukraine", "attacked", "Russia"), True),
    ("Syrian troops pushed into Turkey's Hatay province.", ("Syria", "attacked", "Hatay"), True),
    ("Syrian refugees pushed into Turkey's Hatay province.", ("Syria", "attacked", "Hatay"), False),
    ("Russia has pushed into Africa in recent years.", ("Russia", "attacked", "Africa"), False),
    # rivals battling in court or for customers are no attackers; armies battling in a town are
    ("Apple is battling Samsung in court over patents.", ("Samsung", "attacked", "Apple"), False),
    ("Israel is battling Hamas in Gaza.", ("Hamas", "attacked", "Israel"), True),
    # firing back at someone who fired at another
    ("Hamas fired rockets at Israel. Hezbollah fired back.", ("Hezbollah", "attacked", "Hamas"), False),
    # the one who directed or ordered a strike carried it out
    ("President Biden directed the strike against Kataib Hezbollah facilities in Syria.",
     ("Biden", "attacked", "Kataib Hezbollah"), True),
    # headline forms and the weapon's preposition
    ("N. Korea fires artillery shells at S. Korean island", ("North Korea", "attacked", "South Korea"), True),
    ("N Korea fires artillery shells at S Korean island", ("North Korea", "attacked", "South Korea"), True),
    ("Missiles launched by Iran struck Erbil overnight.", ("Iran", "attacked", "Erbil"), True),
    ("North Korea fired dozens of artillery shells onto a South Korean island.",
     ("North Korea", "attacked", "South Korea"), True),
    # a weapon or strike as subject stands for whoever the text says launched it
    ("Air strikes by the Saudi-led coalition hit a detention centre in Saada.", ("Saudi Arabia", "attacked", "Saada"), True),
    # killed in an ambush by X; not in an accident near X
    ("Fourteen Malian soldiers were killed in an ambush by JNIM fighters.", ("JNIM", "attacked", "Mali"), True),
    ("Fourteen Malian soldiers were killed in an accident near JNIM positions.", ("JNIM", "attacked", "Mali"), False),
    # a group's commander killed: the group was attacked (the person too)
    ("Israeli air strikes killed Hezbollah commander Fuad Shukr in Beirut.", ("Israel", "attacked", "Hezbollah"), True),
    ("Israeli air strikes killed Fuad Shukr in Beirut.", ("Israel", "attacked", "Hezbollah"), False),
    # a campaign to defeat Y is fighting Y; a plan to is not yet
    ("Kenya's campaign to defeat al-Shabaab has cost billions.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenya's plan to defeat al-Shabaab has cost billions.", ("Kenya", "attacked", "al-Shabaab"), False),
    # "Fighting ... between X and Y" read as a verb still has two sides; talks between them have none
    ("Fighting between the Islamic State and the Iraqi army killed dozens last week.", ("Iraq", "attacked", "ISIL"), True),
    ("Talks between the Islamic State and the Iraqi army failed last week.", ("Iraq", "attacked", "ISIL"), False),
    # headline grammar: a bare "offensive" read as an adjective; a planned one is no attack yet
    ("Turkey launches offensive against PKK", ("Turkey", "attacked", "PKK"), True),
    ("Turkey plans offensive against PKK", ("Turkey", "attacked", "PKK"), False),
    # being the target of an attacker's strikes; not of its criticism
    ("The YPG has been the target of Turkish air strikes.", ("Turkey", "attacked", "YPG"), True),
    ("The YPG has been the target of Turkish criticism.", ("Turkey", "attacked", "YPG"), False),
    # clashes with Y, carried by a support verb; a diplomatic clash or a clash over an issue is a dispute
    ("Iraqi troops engaged in heavy clashes with the Islamic State near Mosul.", ("ISIL", "attacked", "Iraq"), True),
    ("Iraq's diplomatic clash with Turkey dominated the summit.", ("Iraq", "attacked", "Turkey"), False),
    ("Iraq's clash with Turkey over water rights dominated the summit.", ("Turkey", "attacked", "Iraq"), False),
    ("Turkey's verbal attack on Iraq dominated the summit.", ("Turkey", "attacked", "Iraq"), False),
    ("Turkey's attack on Iraq dominated the summit.", ("Turkey", "attacked", "Iraq"), True),
    # an attack called scathing or blistering is one of words
    ("The Green Party, which has launched scathing attacks on the Labour Party, will run alone.",
     ("Green Party", "attacked", "Labour Party"), False),
    ("The Green Party, which has launched attacks on the Labour Party, will run alone.",
     ("Green Party", "attacked", "Labour Party"), True),
    # a facility stands for the owner its demonym or "run by" names, not for the city it is in
    ("Houthi gunmen stormed a Saudi military base in the city of Jizan.", ("Houthis", "attacked", "Saudi Arabia"), True),
    ("Houthi gunmen stormed a Saudi military base in the city of Jizan.", ("Houthis", "attacked", "Jizan"), False),
    ("US jets struck a training camp run by Kataib Hezbollah.", ("United States", "attacked", "Kataib Hezbollah"), True),
    ("US jets struck a training camp visited by Kataib Hezbollah leaders.",
     ("United States", "attacked", "Kataib Hezbollah"), False),
    # "waged" (the small model lemmatises it "wag") carries the strikes' doer
    ("The United States waged air strikes on the Houthis in Yemen.", ("United States", "attacked", "Houthis"), True),
    # "we" / "our" in a quote is the side the speaker speaks for; not a person without a named side
    ('"Hamas fighters attacked our positions at dawn," an Israeli army spokesman said.', ("Hamas", "attacked", "Israel"), True),
    ('"We were shelled by Russian forces all night," resident Olena Petrenko said.',
     ("Russia", "attacked", "Olena Petrenko"), False),
    ('"We were shelled by Russian forces all night," a Ukrainian army spokesman said.', ("Russia", "attacked", "Ukraine"), True),
    # "told Reuters (that) ..." reports a fact; "told troops to attack" is an order, not an attack
    ('"The army killed 13 ISIL fighters," an Iraqi army spokesman told Reuters.', ("Iraq", "attacked", "ISIL"), True),
    ("The Iraqi commander told his troops to attack the Islamic State.", ("Iraq", "attacked", "ISIL"), False),
    # a bid to end clashes presupposes the clashes; a bid to start them does not
    ("Mediators tried to stop the clashes between Hamas and Fatah in Gaza.", ("Fatah", "attacked", "Hamas"), True),
    ("Hamas tried to attack Fatah in Gaza.", ("Hamas", "attacked", "Fatah"), False),
    # what troops are sent to prevent or deter has not happened; what they are sent after has
    ("Washington moved two destroyers to deter attacks by Hezbollah on Cyprus.", ("Hezbollah", "attacked", "Cyprus"), False),
    ("Washington moved two destroyers after attacks by Hezbollah on Cyprus.", ("Hezbollah", "attacked", "Cyprus"), True),
    ("The mission is charged with the prevention of attacks by Hezbollah on Cyprus.", ("Hezbollah", "attacked", "Cyprus"), False),
    ("Diplomats worked to head off an attack by Hezbollah on Cyprus.", ("Hezbollah", "attacked", "Cyprus"), False),
    ("Diplomats worked to head off talks after an attack by Hezbollah on Cyprus.", ("Hezbollah", "attacked", "Cyprus"), True),
    ("The mission is charged with the investigation of attacks by Hezbollah on Cyprus.", ("Hezbollah", "attacked", "Cyprus"), True),
    # rockets fired towards a place are fired at it; rockets moved towards it are not
    ("Hezbollah fired rockets towards Israel on Sunday.", ("Hezbollah", "attacked", "Israel"), True),
    ("Hezbollah moved rockets towards Israel on Sunday.", ("Hezbollah", "attacked", "Israel"), False),
    ("Russian troops fired shells toward Ukrainian positions.", ("Russia", "attacked", "Ukraine"), True),
    ("Russian troops moved shells toward Ukrainian positions.", ("Russia", "attacked", "Ukraine"), False),
    # members "in" a named armed group are that group; rebels in a region are not the region
    ("The Iraqi army is fighting rebels in the Islamic State in Anbar.", ("Iraq", "attacked", "ISIL"), True),
    ("The Iraqi army is fighting rebels in Anbar.", ("Iraq", "attacked", "Anbar"), False),
    # "the brigade" is the group named before whose name ends in "Brigade"
    ("Forces loyal to the Government of National Accord clashed with the Seventh Brigade. The brigade shelled homes in Tripoli.",
     ("Seventh Brigade", "attacked", "Tripoli"), True),
    ("Forces loyal to the Government of National Accord clashed with the Seventh Brigade. The army shelled homes in Tripoli.",
     ("Seventh Brigade", "attacked", "Tripoli"), False),
    # "the town" is the name the text said was captured, even one the NER read as a person
    ("FDLR rebels captured Walikale. The Congolese army attacked the town on Saturday.",
     ("Democratic Republic of the Congo", "attacked", "Walikale"), True),
    ("FDLR rebels met Walikale. The Congolese army attacked the town on Saturday.",
     ("Democratic Republic of the Congo", "attacked", "Walikale"), False),
    # "They stormed X, the army said": a speaker named after the pronoun is not what it refers to
    ("Boko Haram fighters entered Borno state. They stormed Baga at dawn, the Nigerian army told reporters.",
     ("Boko Haram", "attacked", "Baga"), True),
    ("Boko Haram fighters entered Borno state. They stormed Baga at dawn, the Nigerian army told reporters.",
     ("Nigeria", "attacked", "Baga"), False),
    ("Boko Haram fighters entered Borno state. The rebels said they stormed Baga at dawn.",
     ("Boko Haram", "attacked", "Baga"), True),
    # "came under fire from X" with "from X" on the verb; criticism is no fire
    ("Malian soldiers came under fire from JNIM as they entered the town.", ("JNIM", "attacked", "Mali"), True),
    ("Malian soldiers came under criticism from JNIM as they entered the town.", ("JNIM", "attacked", "Mali"), False),
    # two sides engaged in warfare; not in talks, nor in a war of words
    ("Hezbollah and Israel have been engaged in cross-border warfare since last October.", ("Israel", "attacked", "Hezbollah"), True),
    ("Hezbollah and Israel have been engaged in talks since last October.", ("Israel", "attacked", "Hezbollah"), False),
    ("Hezbollah and Israel are locked in a bitter war of words.", ("Israel", "attacked", "Hezbollah"), False),
    # "exchanged fire with Y" with "with Y" hung on "fire"; views are no fire
    ("Lebanese troops exchanged fire with Israeli forces across the border.", ("Israel", "attacked", "Lebanon"), True),
    ("Lebanese officers exchanged views with Israeli officers across the border.", ("Israel", "attacked", "Lebanon"), False),
    # "his forces" answer to the person just named: they attacked, or were attacked
    ("Khalifa Haftar leads the Libyan National Army. His forces bombed Misrata on Monday.",
     ("Khalifa Haftar", "attacked", "Misrata"), True),
    ("Khalifa Haftar leads the Libyan National Army. His forces were bombed in Misrata on Monday.",
     ("Khalifa Haftar", "attacked", "Misrata"), False),
    # a headline the parser reads as one noun phrase, the verb as a compound noun
    ("Taliban attack Pakistani army base", ("Taliban", "attacked", "Pakistan"), True),
    ("Taliban attack anniversary in Pakistani city", ("Taliban", "attacked", "Pakistan"), False),
    # an affiliate whose partner is left unsaid belongs to the group named just before it
    ("Hamas gunmen forced the radio station of Fatah off the air and attacked an affiliated newspaper.",
     ("Hamas", "attacked", "Fatah"), True),
    ("Hamas gunmen forced the radio station of Fatah off the air and attacked a newspaper.",
     ("Hamas", "attacked", "Fatah"), False),
    # being at war with Y, or two sides at war; not at odds or at peace
    ("Israel is at war with Hamas.", ("Hamas", "attacked", "Israel"), True),
    ("Israel is at odds with Hamas over the hostages.", ("Hamas", "attacked", "Israel"), False),
    ("The Sudanese army and the RSF have been at war since April.", ("Rapid Support Forces", "attacked", "Sudan"), True),
    ("The Sudanese army and the RSF have been at peace since April.", ("Rapid Support Forces", "attacked", "Sudan"), False),
    # fighting for control of a place is fighting each other; fighting for someone is not
    ("Armenia and Azerbaijan fought for control of Nagorno-Karabakh.", ("Armenia", "attacked", "Azerbaijan"), True),
    ("Armenia and Azerbaijan fought for the Kurds in Syria.", ("Armenia", "attacked", "Azerbaijan"), False),
    # an insurgency against a government is fighting it
    ("Al-Shabaab has waged an insurgency against the Somali government since 2007.", ("al-Shabaab", "attacked", "Somalia"), True),
    # "X-led coalition jets": the parser hangs "led" on the jets; a coalition nobody leads names no one
    ("Saudi-led coalition jets pounded Houthi positions in Sanaa.", ("Saudi Arabia", "attacked", "Houthis"), True),
    ("Coalition jets pounded Houthi positions in Sanaa.", ("Saudi Arabia", "attacked", "Houthis"), False),
    # a post, convoy or depot "held / used / run by X" is X's; so is a facility "which is run by X"
    ("M23 rebels attacked posts held by the Congolese army.", ("M23", "attacked", "Democratic Republic of the Congo"), True),
    ("M23 rebels attacked posts near the Congolese army.", ("M23", "attacked", "Democratic Republic of the Congo"), False),
    ("Israeli jets struck a camp, which is run by Hezbollah.", ("Israel", "attacked", "Hezbollah"), True),
    ("Israeli jets struck a camp, which was visited by Hezbollah.", ("Israel", "attacked", "Hezbollah"), False),
    ("Israeli jets struck a depot belonging to Hezbollah.", ("Israel", "attacked", "Hezbollah"), True),
    ("Israeli jets struck a depot close to Hezbollah.", ("Israel", "attacked", "Hezbollah"), False),
    # "Y faced / suffered / sustained shelling from X" is the passive of "X shelled Y"
    ("Aleppo suffered heavy shelling by the Nusra Front.", ("al-Nusra Front", "attacked", "Aleppo"), True),
    ("Aleppo suffered heavy criticism from the Nusra Front.", ("al-Nusra Front", "attacked", "Aleppo"), False),
    ("Homs has faced a long siege and shelling from Hezbollah.", ("Hezbollah", "attacked", "Homs"), True),
    ("Homs could face a long siege and shelling from Hezbollah.", ("Hezbollah", "attacked", "Homs"), False),
    ("Misrata endured weeks of bombardment from forces loyal to Muammar Gaddafi.",
     ("Muammar Gaddafi", "attacked", "Misrata"), True),
    ("Misrata endured weeks of criticism from forces loyal to Muammar Gaddafi.",
     ("Muammar Gaddafi", "attacked", "Misrata"), False),
    # a past clause of time or cause is fact, whatever the modal of the clause it hangs on
    ("Israel could retaliate after Hezbollah fired rockets at Haifa.", ("Hezbollah", "attacked", "Haifa"), True),
    ("Israel could retaliate if Hezbollah fired rockets at Haifa.", ("Hezbollah", "attacked", "Haifa"), False),
    ("Israel will retaliate after Hezbollah fires rockets at Haifa.", ("Hezbollah", "attacked", "Haifa"), False),
    # a spokesman speaks for the body after "for"; an envoy "for" a body is not it
    ("Abu Zorb, a spokesman for al-Shabaab, claimed the attack on Somali troops.", ("al-Shabaab", "attacked", "Somalia"), True),
    ("Abu Zorb, an envoy for al-Shabaab, claimed the attack on Somali troops.", ("al-Shabaab", "attacked", "Somalia"), False),
    # a name heading a group noun names a group, whatever kind the NER guessed ("the X group")
    ("US jets struck a camp run by the Zorbakiyoun group.", ("United States", "attacked", "Zorbakiyoun"), True),
    ("US jets struck a camp near the Zorbakiyoun group.", ("United States", "attacked", "Zorbakiyoun"), False),
    # "the town" hit is the one place the text named last, not the list it stood in
    ("Government-held Aleppo and rebel-held Homs were calm on Friday. On Saturday Hezbollah fighters launched "
     "an assault on the city.", ("Hezbollah", "attacked", "Homs"), True),
    ("Government-held Aleppo and rebel-held Homs were calm on Friday. On Saturday Hezbollah fighters launched "
     "an assault on the city.", ("Hezbollah", "attacked", "Aleppo"), False),
    # a place that only measures where another is ("20 miles north of X", "southwest of the city") is not it
    ("Rebels still held Tartus, 20 miles north of Homs. Hezbollah fighters attacked the town on Saturday.",
     ("Hezbollah", "attacked", "Tartus"), True),
    ("Rebels still held Tartus, 20 miles north of Homs. Hezbollah fighters attacked the town on Saturday.",
     ("Hezbollah", "attacked", "Homs"), False),
    ("Hezbollah fighters seized Homs. Israeli jets hit a depot in the city.", ("Israel", "attacked", "Homs"), True),
    ("Hezbollah fighters seized Homs. Israeli jets hit a depot southwest of the city.",
     ("Israel", "attacked", "Homs"), False),
    # an attack told again without its doer ("It was the deadliest attack on Y") is the one told before
    ("The Zorbakiyoun group ambushed a convoy on Monday. It was the deadliest attack on Chadian forces this year.",
     ("Zorbakiyoun", "attacked", "Chad"), True),
    ("The Zorbakiyoun group ambushed a convoy on Monday. Gunmen launched the deadliest attack on Chadian forces "
     "this year.", ("Zorbakiyoun", "attacked", "Chad"), False),
    ("Hezbollah fighters stormed a hotel in Homs on Monday. Officials said the attack on Syrian troops killed ten.",
     ("Hezbollah", "attacked", "Syria"), True),
    ("Hezbollah fighters stormed a hotel in Homs on Monday. Officials said an attack on Syrian troops killed ten.",
     ("Hezbollah", "attacked", "Syria"), False),
    ("The Zorbakiyoun group stormed a hotel in Homs on Monday. Three Syrian soldiers were killed in the attack.",
     ("Zorbakiyoun", "attacked", "Syria"), True),
    # an attack verb whose subject is the attack told again ("The raid struck Y") has that attack's doer
    ("Kenyan warplanes bombed the north on Sunday. The raid hit the market town of Marsabit, residents said.",
     ("Kenya", "attacked", "Marsabit"), True),
    ("Kenyan warplanes bombed the north on Sunday. A raid by gunmen hit the market town of Marsabit, residents said.",
     ("Kenya", "attacked", "Marsabit"), False),
    # the one who repelled an attack did not carry out the attack told again after it
    ("The Zorbakiyoun group stormed a hotel in Homs on Monday. The raid was repelled by Syrian soldiers. "
     "Officials said the attack on the town of Kolda killed ten.", ("Syria", "attacked", "Kolda"), False),
    ("The Zorbakiyoun group stormed a hotel in Homs on Monday. The raid was repelled by Syrian soldiers. "
     "Officials said the attack on the town of Kolda killed ten.", ("Zorbakiyoun", "attacked", "Kolda"), True),
    ("The Zorbakiyoun group stormed a hotel in Homs on Monday. Three Syrian soldiers were killed in an attack.",
     ("Zorbakiyoun", "attacked", "Syria"), False),
    # a base the phrase names an owner for ("a Chadian military base") is that owner's, not the army of the
    # state it stands in; an owner the parser hangs as nmod before the adjective ("a NATO military base") too
    ("The Zorbakiyoun group attacked a Chadian military base in Niger.", ("Zorbakiyoun", "attacked", "Niger"), False),
    ("The Zorbakiyoun group attacked an army base in Niger.", ("Zorbakiyoun", "attacked", "Niger"), True),
    ("The Zorbakiyoun group attacked a NATO military base in Niger.", ("Zorbakiyoun", "attacked", "NATO"), True),
    ("The Zorbakiyoun group attacked a remote military base in Niger, NATO said.", ("Zorbakiyoun", "attacked", "NATO"), False),
    # "Y were killed in an X strike": the victim is the subject, so the doer is the one the attack names,
    # never the victim's own group nor the subject of the clause above ("reports suggested that ...")
    ("The bombing avenged Hamas commander Abu Zaid, who was killed in a Jordanian drone strike.",
     ("Hamas", "attacked", "Abu Zaid"), False),
    ("The bombing avenged Hamas commander Abu Zaid, who was killed in a Jordanian drone strike.",
     ("Jordan", "attacked", "Abu Zaid"), True),
    ("Hezbollah fighters stormed a hotel in Homs on Sunday. Officials said Sunday's attack on Syrian troops killed "
     "ten.", ("Hezbollah", "attacked", "Syria"), True),
    ("Hezbollah fighters stormed a hotel in Homs on Sunday. Officials said Hamas's attack on Syrian troops killed "
     "ten.", ("Hezbollah", "attacked", "Syria"), False),
    # "X carried out / was behind the attack": whom the attack told before hit
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. The Zorbakiyoun group said it carried out the attack.",
     ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. The Zorbakiyoun group said it carried out attacks "
     "in the north.", ("Zorbakiyoun", "attacked", "Kenya"), False),
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. Officials said the Zorbakiyoun group was behind the "
     "attack.", ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. Officials said the Zorbakiyoun group was not behind "
     "the attack.", ("Zorbakiyoun", "attacked", "Kenya"), False),
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. Officials said the attack was carried out by the "
     "Zorbakiyoun group.", ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. The Zorbakiyoun group denied it carried out the "
     "attack.", ("Zorbakiyoun", "attacked", "Kenya"), False),
    # "X, responsible for attacks on Y": the group responsible did them
    ("The Zorbakiyoun group, responsible for attacks on Kenyan troops, has grown.",
     ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("The Zorbakiyoun group, responsive to attacks on Kenyan troops, has grown.",
     ("Zorbakiyoun", "attacked", "Kenya"), False),
    # "they" is not a singular common noun's: "the coalition ... against the militants after they ..."
    ("The Kenyan-led coalition launched an operation against the al-Shabaab militants after they stepped up "
     "attacks on Ethiopia.", ("al-Shabaab", "attacked", "Ethiopia"), True),
    ("The Kenyan-led coalition launched an operation against the al-Shabaab militants after they stepped up "
     "attacks on Ethiopia.", ("Kenya", "attacked", "Ethiopia"), False),
    # taking part in the attack or campaign told before is attacking its target (relations.md)
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. The Zorbakiyoun group said its fighters took part "
     "in the attack.", ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("Gunmen stormed a Kenyan army base in Lamu on Monday. The Zorbakiyoun group said its fighters took part "
     "in talks.", ("Zorbakiyoun", "attacked", "Kenya"), False),
    ("American jets struck Zorbakiyoun positions near Homs. Jordan participated in the strikes.",
     ("Jordan", "attacked", "Zorbakiyoun"), True),
    ("American jets struck Zorbakiyoun positions near Homs. Jordan refused to participate in the strikes.",
     ("Jordan", "attacked", "Zorbakiyoun"), False),
    # "locked in / engaged in a war against C": the fight's noun names the other side, so the
    # subjects (or a relative pronoun's conjuncts) did not fight each other
    ("Hamas and Hezbollah, which have been locked in a war with Israel, rejected the plan.",
     ("Hamas", "attacked", "Hezbollah"), False),
    ("Hamas and Hezbollah have been locked in a war with each other.", ("Hamas", "attacked", "Hezbollah"), True),
    # "fought for two days": a "for" before a stretch of time is how long, no cause fought for
    ("Hamas and Fatah have fought for two days in Gaza.", ("Fatah", "attacked", "Hamas"), True),
    ("Hamas and Fatah fought for the Palestinian cause.", ("Fatah", "attacked", "Hamas"), False),
    # "N were killed and M (were) wounded in an attack by X": the attack phrase hangs on the second verb
    ("Five Kenyan soldiers were killed and ten wounded in an attack by al-Shabaab.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Five Kenyan soldiers were killed and ten were wounded in an al-Shabaab ambush.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Five Kenyan soldiers were killed and ten wounded in a road crash, al-Shabaab said.",
     ("al-Shabaab", "attacked", "Kenya"), False),
    # Pakistan's paramilitary Frontier Corps, named without the state, acts for it (as the IDF does)
    ("The Zarqan Front ambushed a Frontier Corps convoy near Quetta.", ("Zarqan Front", "attacked", "Pakistan"), True),
    ("The Zarqan Front ambushed a Frontier Corps convoy near Quetta.", ("Zarqan Front", "attacked", "Frontier Corps"), False),
    # a headline's capitalised "Pro-" / "Anti-" is a prefix of the word after it, no name of its own;
    # a name that begins with one stays a name
    ("Anti-Houthi tribesmen clash with Yemeni troops near Marib", ("Anti", "attacked", "Yemen"), False),
    ("Pro-Taliban tribesmen clash with Pakistani troops near Peshawar", ("Pakistan", "attacked", "Pro"), False),
    ("Anti-Balaka militiamen clash with Cameroonian troops near Bouar", ("Anti-balaka", "attacked", "Cameroon"), True),
    # ... and so is a lower-case "pro-" before a name: "pro-Assad forces" are forces for him, no entity
    ("Pro-Kiir forces captured the town of Bor.", ("Pro-Kiir", "controls", "Bor"), False),
    ("South Sudanese troops advanced along the Nile. On Monday, pro-Kiir forces captured the town of Bor.",
     ("South Sudan", "controls", "Bor"), True),
    # a loss "in" a clash (men lost in it) tells of the clash as fact; the fighting itself abandoned is not
    ("The Zorbakiyoun group said it lost two fighters in a clash with Kenyan troops.",
     ("Kenya", "attacked", "Zorbakiyoun"), True),
    ("The Zorbakiyoun group said it abandoned the fighting with Kenyan troops.",
     ("Kenya", "attacked", "Zorbakiyoun"), False),
    # driving an actor from a place (or out) is fighting it; driving it from power or office is politics
    ("Kenyan troops drove the Zorbakiyoun militia from the town of Lamu.", ("Kenya", "attacked", "Zorbakiyoun"), True),
    ("The Kenyan army drove the Zorbakiyoun militia from power.", ("Kenya", "attacked", "Zorbakiyoun"), False),
    ("Kenyan troops drove out the Zorbakiyoun militia.", ("Kenya", "attacked", "Zorbakiyoun"), True),
    ("Kenyan troops drove out to meet the Zorbakiyoun militia.", ("Kenya", "attacked", "Zorbakiyoun"), False),
    ("The Zorbakiyoun militia was driven from the town by Kenyan troops.", ("Kenya", "attacked", "Zorbakiyoun"), True),
    ("The Zorbakiyoun militia was driven from power by the Kenyan army.", ("Kenya", "attacked", "Zorbakiyoun"), False),
    # fighting against an actor is attacking it, and so is fighting alongside someone against it; a law is no actor
    ("The Zorbakiyoun militia fought against Kenyan troops near Lamu.", ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("The Zorbakiyoun party fought against a Kenyan law on land.", ("Zorbakiyoun", "attacked", "Kenya"), False),
    ("The Zorbakiyoun militia fought alongside Kenyan troops against al-Shabaab.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("The Zorbakiyoun militia refused to fight alongside Kenyan troops against al-Shabaab.",
     ("Kenya", "attacked", "al-Shabaab"), False),
    # locked / embroiled in a war with or against an actor: both sides attacked
    ("The Zorbakiyoun militia has been locked in a war against Kenya since 2010.", ("Kenya", "attacked", "Zorbakiyoun"), True),
    ("The Zorbakiyoun militia has been locked in a dispute with Kenya since 2010.", ("Kenya", "attacked", "Zorbakiyoun"), False),
    # "President X's government" with no state of his named: the article's own country; a foreign one's is his state's
    ("Kenya faces a rebellion. The Zorbakiyoun militia has fought against President Daniel Otieno's government for "
     "years.", ("Zorbakiyoun", "attacked", "Kenya"), True),
    ("Kenya faces a rebellion. The Zorbakiyoun militia has fought against Ugandan President Daniel Otieno's "
     "government for years.", ("Zorbakiyoun", "attacked", "Kenya"), False),
    # a plural description of fighters ("the rebels") names the group of a pair, not the government beside it
    ("Talks aim to end the war between the Taliban and the government of Afghanistan. The rebels control the town "
     "of Kunduz.", ("Taliban", "controls", "Kunduz"), True),
    ("Talks aim to end the war between the Taliban and the government of Afghanistan. The rebels control the town "
     "of Kunduz.", ("Afghanistan", "controls", "Kunduz"), False),
    # "the Qatari Hospital in P": a civil institution named by a demonym is no state's post; an embassy is
    ("Al-Shabaab fighters shelled the Qatari Hospital in Kismayo.", ("al-Shabaab", "attacked", "Qatar"), False),
    ("Al-Shabaab fighters shelled the Qatari embassy in Kismayo.", ("al-Shabaab", "attacked", "Qatar"), True),
    # a security (check) post is the state's post, as a police one is: the state, not the place it stands in
    ("The Zorbakiyoun group attacked a security check post in Mogadishu.", ("Zorbakiyoun", "attacked", "Somalia"), True),
    ("The Zorbakiyoun group attacked a security check post in Mogadishu.", ("Zorbakiyoun", "attacked", "Mogadishu"),
     False),
    # "launched air and ground strikes on Y": the parser's object is "air", the strikes its conjunct
    ("Kenya launched air and ground strikes on the Zorbakiyoun group.", ("Kenya", "attacked", "Zorbakiyoun"), True),
    ("Kenya launched talks and appeals on the Zorbakiyoun group.", ("Kenya", "attacked", "Zorbakiyoun"), False),
    # to beat back / fend off / repel fighters is to meet their attack: both sides fought; not questions or a vote
    ("Kenyan troops beat back al-Shabaab fighters.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Kenyan troops beat back al-Shabaab fighters.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan troops fended off the al-Shabaab militia.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan troops fended off questions about the al-Shabaab militia.", ("Kenya", "attacked", "al-Shabaab"), False),
    ("Al-Shabaab fighters were beaten back by Kenyan troops.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Nigerian troops repulsed Boko Haram fighters.", ("Boko Haram", "attacked", "Nigeria"), True),
    ("Nigerian troops repulsed the Boko Haram peace offer.", ("Boko Haram", "attacked", "Nigeria"), False),
    ("Kenyan troops have beaten back advances by fighters of the al-Shabaab group.",
     ("al-Shabaab", "attacked", "Kenya"), True),
    ("Kenyan troops have beaten back calls by members of the al-Shabaab group.",
     ("al-Shabaab", "attacked", "Kenya"), False),
    # to push back / rout forces is to fight them (one way); pushing back a summit is no fight
    ("Kenyan troops pushed back the al-Shabaab militia.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenya pushed back the al-Shabaab summit.", ("Kenya", "attacked", "al-Shabaab"), False),
    ("Kenyan troops pushed back the al-Shabaab militia.", ("al-Shabaab", "attacked", "Kenya"), False),
    ("Al-Shabaab fighters were pushed back by Kenyan troops.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan troops routed the al-Shabaab militia.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan troops routed the al-Shabaab militia.", ("al-Shabaab", "attacked", "Kenya"), False),
    # to attack ground an actor holds is to attack it ("X-held", "held by X"); ground it visits is not its own
    ("Kenyan jets bombed territory held by al-Shabaab.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan jets bombed territory visited by al-Shabaab.", ("Kenya", "attacked", "al-Shabaab"), False),
    ("Kenyan jets bombed al-Shabaab-held villages.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan jets bombed al-Shabaab-funded villages.", ("Kenya", "attacked", "al-Shabaab"), False),
    ("Kenyan jets bombed villages that al-Shabaab held.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan jets bombed villages that al-Shabaab visited.", ("Kenya", "attacked", "al-Shabaab"), False),
    # who acts "along with" / "together with" / "alongside" the doer takes part; a backer's support does not
    ("Kenyan troops, along with Ugandan soldiers, attacked al-Shabaab positions.", ("Uganda", "attacked", "al-Shabaab"),
     True),
    ("Kenyan troops, with Ugandan support, attacked al-Shabaab positions.", ("Uganda", "attacked", "al-Shabaab"), False),
    ("Kenya, together with Uganda, launched an offensive against al-Shabaab.", ("Uganda", "attacked", "al-Shabaab"),
     True),
    ("Kenyan troops, alongside Ugandan soldiers, shelled al-Shabaab positions.", ("Uganda", "attacked", "al-Shabaab"),
     True),
    ("Kenyan troops shelled al-Shabaab positions near Ugandan soldiers.", ("Uganda", "attacked", "al-Shabaab"), False),
    # hunting fighters and razing a base are violence against their owner
    ("Kenyan troops are hunting al-Shabaab fighters.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan troops are hunting for al-Shabaab's weapons caches.", ("Kenya", "attacked", "al-Shabaab"), False),
    ("Al-Shabaab razed a Kenyan army base.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Al-Shabaab praised a Kenyan army base.", ("al-Shabaab", "attacked", "Kenya"), False),
    # firing into a place attacks it; firing into the air hits no one
    ("Kenyan troops fired into Kismayo.", ("Kenya", "attacked", "Kismayo"), True),
    ("Kenyan troops fired into the air near Kismayo.", ("Kenya", "attacked", "Kismayo"), False),
    # soldiers or peacekeepers taken hostage stand for their owner; civilians do not
    ("Al-Shabaab took two Kenyan soldiers hostage.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Al-Shabaab took two Kenyan doctors hostage.", ("al-Shabaab", "attacked", "Kenya"), False),
    # the doer of "the kidnappings of ..." is not one of the victims named after "of"
    ("The kidnappings of Ugandan soldiers by Kenyan troops continued.", ("Kenya", "attacked", "Uganda"), True),
    ("The kidnappings of Kenyan and Ugandan soldiers continued.", ("Kenya", "attacked", "Uganda"), False),
    # a military site listed after the first thing taken is taken too; a town alone is no armed post
    ("Al-Shabaab seized two villages and a military base in Kenya.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Al-Shabaab seized two villages and a market in Kenya.", ("al-Shabaab", "attacked", "Kenya"), False),
    # "took an army post": every verb of taking, not only "seize" and "capture"
    ("Al-Shabaab took a Kenyan army post near the border.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Al-Shabaab took a Kenyan journalist's car near the border.", ("al-Shabaab", "attacked", "Kenya"), False),
    # taking control of a place from an actor is fighting it ("from" on "control" or on the place)
    ("Iraqi troops regained control of two towns from ISIS fighters.", ("Iraq", "attacked", "ISIL"), True),
    ("Iraqi troops wrested control of the town from the Islamic State.", ("Iraq", "attacked", "ISIL"), True),
    ("Iraqi troops handed control of two towns to ISIS fighters.", ("Iraq", "attacked", "ISIL"), False),
    # "continuing to repel Y's attacks": the repeller comes from the governing clause and both sides fought
    ("Kenyan units are continuing to repel Somali raids on the border.", ("Somalia", "attacked", "Kenya"), True),
    ("Kenyan units are continuing to repel Somali questions on the border.", ("Somalia", "attacked", "Kenya"), False),
    # capturing or retaking an actor's positions or trenches is attacking it; taking up positions is not
    ("Myanmar troops captured three Kachin Independence Army positions.", ("Myanmar", "attacked", "Kachin Independence Army"), True),
    ("Myanmar troops took up positions near the Kachin Independence Army.",
     ("Myanmar", "attacked", "Kachin Independence Army"), False),
    ("Ukrainian troops retook Russian trenches near the river.", ("Ukraine", "attacked", "Russia"), True),
    ("Ukrainian troops dug trenches near the Russian border.", ("Ukraine", "attacked", "Russia"), False),
    # positions are some force's own: unowned, the place they stand in is where, not whom
    ("The Syrian army shelled positions in Aleppo.", ("Syria", "attacked", "Aleppo"), False),
    ("The Syrian army shelled buildings in Aleppo.", ("Syria", "attacked", "Aleppo"), True),
    # "captured a town and a military base": the town taken first is no target of the base's taking
    ("Chadian troops retook Bosso and Boko Haram's headquarters.", ("Chad", "attacked", "Boko Haram"), True),
    ("Chadian troops retook Bosso and Boko Haram's headquarters.", ("Chad", "attacked", "Bosso"), False),
    # "rebel camps" are the camps of the rebels the text names; army camps are the troops' own
    ("FARC rebels ambushed a Colombian patrol. Troops later overran several rebel camps.", ("Colombia", "attacked", "FARC"), True),
    ("FARC ambushed a Colombian patrol. Troops later overran several army camps.", ("Colombia", "attacked", "FARC"), False),
    # Tajik, Uzbek, Turkmen are demonyms of their states, as Kyrgyz and Kazakh are
    ("Tajik troops shelled a Kyrgyz border post.", ("Tajikistan", "attacked", "Kyrgyzstan"), True),
    ("Uzbek troops shelled a Kyrgyz border post.", ("Uzbekistan", "attacked", "Kyrgyzstan"), True),
    # ships hit in a sea or gulf: the water is no place attacked (nor the port a gulf is named after)
    ("The Houthis fired missiles at a tanker in the Gulf of Aden.", ("Houthis", "attacked", "Aden"), False),
    ("The Houthis fired missiles at a tanker in the port of Aden.", ("Houthis", "attacked", "Aden"), True),
    ("The Houthis fired missiles at a tanker in the Red Sea.", ("Houthis", "attacked", "Red Sea"), False),
    ("The Houthis fired missiles at a tanker in Hodeidah.", ("Houthis", "attacked", "Hodeidah"), True),
    # arson: "set fire to Y", "set Y on fire", "set Y ablaze", and their passives with "by X"
    ("Al-Shabaab fighters set fire to a Kenyan police station.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Al-Shabaab fighters set a date for talks with Kenya.", ("al-Shabaab", "attacked", "Kenya"), False),
    ("Al-Shabaab fighters set a Kenyan army truck on fire.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Al-Shabaab fighters set a Kenyan army truck on its way.", ("al-Shabaab", "attacked", "Kenya"), False),
    ("Al-Shabaab fighters set the Kenyan army barracks ablaze.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Kenyan police stations were set on fire by al-Shabaab fighters.", ("al-Shabaab", "attacked", "Kenya"), True),
    # an actor's stronghold (hideout, bastion) is the actor hit; an unowned one is the place it names
    ("Indian troops overran the Naxalites' forest stronghold of Abujmarh.",
     ("India", "attacked", "Communist Party of India (Maoist)"), True),
    ("Indian troops overran the forest stronghold of Abujmarh.", ("India", "attacked", "Abujmarh"), True),
    ("Ethiopian troops stormed al-Shabaab's last hideout in Somalia.", ("Ethiopia", "attacked", "al-Shabaab"), True),
    ("Ethiopian troops stormed al-Shabaab's last hideout in Somalia.", ("Ethiopia", "attacked", "Somalia"), False),
    # an actor's war, invasion or strikes in another state (the place named) hit that state
    ("Belarus voiced support for Russia's war in Georgia.", ("Russia", "attacked", "Georgia"), True),
    ("Belarus voiced support for Russia's trade war in Georgia.", ("Russia", "attacked", "Georgia"), False),
    ("Chad's offensive in Nigeria killed dozens of militants.", ("Chad", "attacked", "Nigeria"), True),
    ("Nigeria's offensive in Borno killed dozens of militants.", ("Nigeria", "attacked", "Borno"), False),
    ("Insurgents Claim Fresh Deadly Raid in Nigeria", ("Fresh Deadly", "attacked", "Nigeria"), False),
    # a fight named by its own noun ("fought battles / a gunbattle with Y", "waged war against Y") has two sides
    ("Chadian troops fought a fierce gunbattle with Boko Haram fighters.", ("Boko Haram", "attacked", "Chad"), True),
    ("Chadian troops fought a legal battle with Boko Haram lawyers.", ("Boko Haram", "attacked", "Chad"), False),
    ("Sudan has waged war against the SPLM-N since 2011.", ("Sudan", "attacked", "SPLM-N"), True),
    ("Sudan has waged war against the SPLM-N in court since 2011.", ("Sudan", "attacked", "SPLM-N"), False),
    # the forces of a capital standing for its state are that state's; a place of it stays the city
    ("Russian jets bombed Tbilisi's troops.", ("Russia", "attacked", "Georgia"), True),
    ("Russian jets bombed Tbilisi's suburbs.", ("Russia", "attacked", "Tbilisi"), True),
    # admitting or acknowledging an attack (or responsibility for it) claims it, as "claimed" does
    ("Al-Shabaab admitted responsibility for the killing of 20 villagers in Mandera.",
     ("al-Shabaab", "attacked", "Mandera"), True),
    ("Al-Shabaab denied responsibility for the killing of 20 villagers in Mandera.",
     ("al-Shabaab", "attacked", "Mandera"), False),
    # unnamed terrorists, bandits or attackers fought in a place are an armed side, not the place
    ("Philippine troops engaged 120 terrorists in Patikul.", ("Philippines", "attacked", "Patikul"), False),
    ("Philippine troops shelled the town of Patikul.", ("Philippines", "attacked", "Patikul"), True),
    ("Nigerian jets bombed bandits in Zamfara.", ("Nigeria", "attacked", "Zamfara"), False),
    ("Nigerian jets bombed villages in Zamfara.", ("Nigeria", "attacked", "Zamfara"), True),
    # "the X army and Y rebels": the parser makes "army and Y" one modifier of "rebels"
    ("Clashes between the Nigerian army and M23 rebels spread to two villages.",
     ("Nigeria", "attacked", "M23"), True),
    ("Talks between the Nigerian army and M23 rebels resumed in two villages.",
     ("Nigeria", "attacked", "M23"), False),
    ("Indian jets hit four camps in Pakistan and Pakistan-administered Kashmir on Tuesday.",
     ("India", "attacked", "Pakistan"), True),
    ("Indian planes dropped leaflets on four camps in Pakistan and Pakistan-administered Kashmir on Tuesday.",
     ("India", "attacked", "Pakistan"), False),
    # an armed group's attack told with the place it struck, and no one it hit, names the place hit
    ("Boko Haram staged a raid in Borno on Friday.", ("Boko Haram", "attacked", "Borno"), True),
    ("Boko Haram planned a raid in Borno on Friday.", ("Boko Haram", "attacked", "Borno"), False),
    ("The Irish Republican Army carried out a car bombing in Leeds.",
     ("Irish Republican Army", "attacked", "Leeds"), True),
    ("The Irish Republican Army carried out a cyber attack in Leeds.",
     ("Irish Republican Army", "attacked", "Leeds"), False),
    ("Islamic State militants claimed responsibility for attacks within Turkey.", ("ISIL", "attacked", "Turkey"), True),
    ("Islamic State militants denied responsibility for attacks within Turkey.", ("ISIL", "attacked", "Turkey"), False),
    ("Somalia's army carried out airstrikes in Gedo.", ("Somalia", "attacked", "Gedo"), False),  # its own province
    # "press" an attack or offensive: carry it on; "press for" one: ask for it
    ("Boko Haram has pressed fresh attacks against Nigerian troops this month.", ("Boko Haram", "attacked", "Nigeria"),
     True),
    ("The French government pressed for an offensive against Boko Haram.",
     ("France", "attacked", "Boko Haram"), False),
    ("The French government pressed its offensive against Boko Haram.", ("France", "attacked", "Boko Haram"), True),
    # the place hung on the second of two joined attack nouns: the second gets what the first gets
    ("Boko Haram regularly carries out hit-and-run raids and repeated bomb attacks in Maiduguri.",
     ("Boko Haram", "attacked", "Maiduguri"), True),
    ("Boko Haram regularly denies hit-and-run raids and repeated bomb attacks in Maiduguri.",
     ("Boko Haram", "attacked", "Maiduguri"), False),
    ("Al-Shabaab carried out airstrikes in Gedo.", ("al-Shabaab", "attacked", "Gedo"), True),
    # a count the name-reader took into a state force's name is no part of it
    ("Twelve Nigerian Army soldiers were wounded in an ambush by Boko Haram.",
     ("Boko Haram", "attacked", "Nigeria"), True),
    ("Twelve Nigerian Army soldiers were wounded in an ambush by Boko Haram.",
     ("Boko Haram", "attacked", "Twelve Nigerian Army"), False),
    ("Three Brotherhood Alliance groups attacked the army in Lashio.",
     ("Three Brotherhood Alliance", "attacked", "Myanmar"), True),  # no demonym after the count: a name
    # "we" / "us" in a quote is the body the speaking person's title names
    ('"Al-Shabaab gunmen shelled us before dawn," Somali army Captain Ali Warsame told AFP.',
     ("al-Shabaab", "attacked", "Somalia"), True),
    ('"Al-Shabaab gunmen shelled us before dawn," Somali farmer Ali Warsame told AFP.',
     ("al-Shabaab", "attacked", "Somalia"), False),
    ('Ahmed Saleh, from the Jaish al-Islam group, spoke to Reuters. "We were attacked by the Syrian army," '
     'Saleh said.', ("Syria", "attacked", "Jaish al-Islam"), True),
    ('Ahmed Saleh spoke to Reuters about the Jaish al-Islam group. "We were attacked by the Syrian army," '
     'Saleh said.',
     ("Syria", "attacked", "Jaish al-Islam"), False),
    # "the conflict between X and Y": two sides of an armed conflict; not a quarrel over an issue,
    # nor one between a politician's faction and a party
    ("The conflict between Eritrea and Djibouti has entered its third week.", ("Djibouti", "attacked", "Eritrea"), True),
    ("The conflict between Eritrea and Djibouti over the port fees has deepened.",
     ("Djibouti", "attacked", "Eritrea"), False),
    ("Councillor Lin Pei-hua played down a conflict between her faction and the Kuomintang.",
     ("Kuomintang", "attacked", "Lin Pei-hua"), False),
    # a fight noun of every kind names its other side with "with": "war with", "combat with", "conflict with"
    ("Hezbollah has spent the year on its war with Israel.", ("Israel", "attacked", "Hezbollah"), True),
    ("Hamas fighters took the village after close combat with Israeli troops.", ("Israel", "attacked", "Hamas"), True),
    ("Colombia's conflict with the ELN had been dormant for a decade.", ("ELN", "attacked", "Colombia"), True),
    ("Colombia's conflict with Ecuador over tariffs had been dormant for a decade.",
     ("Ecuador", "attacked", "Colombia"), False),
    # an exchange between two sides is a fight only when it is one of fire
    ("An exchange of gunfire between Israel and Hamas killed two people.", ("Hamas", "attacked", "Israel"), True),
    ("A prisoner exchange between Israel and Hamas took place on Sunday.", ("Hamas", "attacked", "Israel"), False),
    # a fight naming no side is between the doer and the actor hit of the attack told with it
    # (in its sentence or the one before); an unowned place hit fights no one back
    ("Hamas fighters attacked an Israeli army post, sparking a firefight.", ("Israel", "attacked", "Hamas"), True),
    ("Hamas fighters shelled the town of Sderot, sparking a firefight.", ("Sderot", "attacked", "Hamas"), False),
    ("Hamas fighters attacked an Israeli army post despite widespread fighting.", ("Israel", "attacked", "Hamas"), False),
    # the sides of a fight are those that can wage one (states, armed groups, coalitions), not an
    # organisation an unnamed "the militia" was read back to
    ("A European Union monitoring force arrived in the region on Monday. The militia attacked Israeli positions "
     "in Rafah, sparking a firefight.", ("Israel", "attacked", "European Union"), False),
    ("Hamas fighters attacked an Israeli army post on Monday. The attack sparked a firefight.",
     ("Israel", "attacked", "Hamas"), True),
    ("American jets carried out strikes on ISIS fighting positions in Sirte.", ("ISIL", "attacked", "United States"), False),
    ("Hamas fighters attacked an Israeli army post on Monday. The gun battle lasted three hours.",
     ("Israel", "attacked", "Hamas"), True),
    ("Israeli forces retook the village from Hamas after heavy fighting.", ("Hamas", "attacked", "Israel"), True),
    ("Israeli forces retook the village from Hamas after heavy rains.", ("Hamas", "attacked", "Israel"), False),
    ("Israeli forces took a Hamas camp after two weeks of intense fighting.", ("Hamas", "attacked", "Israel"), True),
    ("The fighting went on for hours as Hamas fighters attacked Israeli positions.", ("Israel", "attacked", "Hamas"), True),
    # "X carried out strikes on Y" with "on Y" hung on the support verb, as the parser often does
    ("Turkish jets carried out air strikes on Qaryatein.", ("Turkey", "attacked", "Qaryatein"), True),
    ("Turkish engineers carried out repairs on Qaryatein.", ("Turkey", "attacked", "Qaryatein"), False),
    ("Syrian jets stepped up air raids on the hilltop town of Kafr Talem.", ("Syria", "attacked", "Kafr Talem"), True),
    ("Syrian jets stepped up air patrols on the hilltop town of Kafr Talem.", ("Syria", "attacked", "Kafr Talem"), False),
    # fending off an invasion is meeting an attack: both sides fought
    ("Georgian troops fended off a Russian invasion in 2008.", ("Russia", "attacked", "Georgia"), True),
    ("Georgian troops fended off Russian criticism in 2008.", ("Russia", "attacked", "Georgia"), False),
    # "X was involved in the bombing of Y / in attacking Y": the passive's subject took part
    ("The Kalden Brigade was involved in attacking Turkish forces in Iraq.", ("Kalden Brigade", "attacked", "Turkey"), True),
    ("The Kalden Brigade was caught up in attacking Turkish forces in Iraq.",
     ("Kalden Brigade", "attacked", "Turkey"), False),
    ("Tomas Verin was involved in the 1991 bombing of the Jordanian embassy in Vienna.",
     ("Tomas Verin", "attacked", "Jordan"), True),
    ("Tomas Verin was wounded in the 1991 bombing of the Jordanian embassy in Vienna.",
     ("Tomas Verin", "attacked", "Jordan"), False),
    # whoever led the attack told before carried it out
    ("Gunmen stormed the Kenyan embassy in Tarvo on Monday. The attack was led by Omar Fadli, police said.",
     ("Omar Fadli", "attacked", "Kenya"), True),
    ("Gunmen stormed the Kenyan embassy in Tarvo on Monday. The inquiry was led by Omar Fadli, police said.",
     ("Omar Fadli", "attacked", "Kenya"), False),
    # "its fight with Y" is a fight noun like "its clashes with Y", between sides that can wage one
    ("The Malian army lost two bases in its fight with JNIM.", ("JNIM", "attacked", "Mali"), True),
    ("The Labour Party lost two seats in its fight with the Conservative Party.",
     ("Labour Party", "attacked", "Conservative Party"), False),
    # "X was behind the attack on Y": the copula's subject is the doer, named or not
    ("Officials said al-Shabaab was behind the attack on the Kenyan base in Lamu.", ("al-Shabaab", "attacked", "Kenya"), True),
    ("Officials said al-Shabaab was in Lamu during the attack on the Kenyan base.", ("al-Shabaab", "attacked", "Kenya"), False),
    ("Kenyan jets bombed a camp in Gedo on Monday, as officials charged that al-Shabaab was behind Friday's attack on "
     "Lamu.", ("al-Shabaab", "attacked", "Lamu"), True),
    ("Kenyan jets bombed a camp in Gedo on Monday, as officials charged that the militia was behind Friday's attack on "
     "Lamu.", ("Kenya", "attacked", "Lamu"), False),
    # "the worst fighting in years between X and Y": the parser hangs "between" on the span of time
    ("The talks follow the worst fighting in years between Chad's army and the FACT rebels near the border.",
     ("FACT", "attacked", "Chad"), True),
    ("The talks follow the worst flooding in years between Chad's army and the FACT rebels near the border.",
     ("FACT", "attacked", "Chad"), False),
    ("The ceasefire ended the heaviest clashes in months between Armenian and Azerbaijani forces.",
     ("Armenia", "attacked", "Azerbaijan"), True),
    # "X waged / fought a war or an insurgency in Y" (the verb form of "X's war in Y")
    ("The Arakan Army has waged a guerrilla war in Myanmar since 2018, officials say.",
     ("Arakan Army", "attacked", "Myanmar"), True),
    ("The Arakan Army has waged a trade war in Myanmar since 2018, officials say.",
     ("Arakan Army", "attacked", "Myanmar"), False),
    ("For two decades the LTTE waged an insurgency in Sri Lanka's north.", ("LTTE", "attacked", "Sri Lanka"), True),
    ("For two decades the LTTE waged an insurgency in Jaffna, the north's main town.",
     ("LTTE", "attacked", "Jaffna"), False),
    # "X's insurgency in Y", "X's rebellion against Y"
    ("Analysts say al-Shabaab's insurgency in Somalia is far from beaten.", ("al-Shabaab", "attacked", "Somalia"), True),
    ("Analysts say al-Shabaab's popularity in Somalia is far from beaten.", ("al-Shabaab", "attacked", "Somalia"), False),
    ("The ELN's long rebellion against Colombia has cost thousands of lives.", ("ELN", "attacked", "Colombia"), True),
    ("The ELN's long rivalry against Colombia has cost thousands of lives.", ("ELN", "attacked", "Colombia"), False),
    # the backers (allies, critics) of an attack are not its doers; its leaders are
    ("Chad and Libya, the backers of the offensive against Niger, joined Mali last week in urging a truce.",
     ("Chad", "attacked", "Niger"), False),
    ("Chad and Libya, the leaders of the offensive against Niger, joined Mali last week in urging a truce.",
     ("Chad", "attacked", "Niger"), True),
    # an "X-led" modifier on an attack noun names its doer; on a noun of no attack it names none
    ("A Kenyan-led assault on Kismayo drove thousands from their homes.", ("Kenya", "attacked", "Kismayo"), True),
    ("A Kenyan-led mission to Kismayo trained thousands of police officers.", ("Kenya", "attacked", "Kismayo"), False),
    # an offensive launched to take P from Y or to vanquish Y, the purpose hung on the launching verb
    ("Ethiopia launched an offensive last spring to take Adigrat from the TPLF.",
     ("Ethiopia", "attacked", "Tigray People's Liberation Front"), True),
    ("Ethiopia planned an offensive last spring to take Adigrat from the TPLF.",
     ("Ethiopia", "attacked", "Tigray People's Liberation Front"), False),
    ("Ethiopia launched the operation into Tigray to vanquish the TPLF fighters.",
     ("Ethiopia", "attacked", "Tigray People's Liberation Front"), True),
    ("Ethiopia planned the operation into Tigray to vanquish the TPLF fighters.",
     ("Ethiopia", "attacked", "Tigray People's Liberation Front"), False),
    # fighting to block or stop Y is fighting Y; "the group" there is not the fighters' own group
    ("Kenyan troops fought to block al-Shabaab from reaching the coast.", ("Kenya", "attacked", "al-Shabaab"), True),
    ("Kenyan troops worked to block al-Shabaab from reaching the coast.", ("Kenya", "attacked", "al-Shabaab"), False),
    ("After al-Shabaab took Kismayo in 2014, Hezbollah fighters fought hard to stop the group from advancing further.",
     ("Hezbollah", "attacked", "al-Shabaab"), True),
    # "the group" is the last group the text called a group, "the X group" included (not a rights group before it)
    ("Amnesty International, a rights group, said thirty people died. Its director called the raid a setback for "
     "the Islamic State group. Iraqi jets bombed the group near the border.", ("Iraq", "attacked", "ISIL"), True),
    ("Amnesty International, a rights group, said thirty people died. Its director called the raid a setback for "
     "the Islamic State group. Iraqi jets bombed the group near the border.", ("Iraq", "attacked", "Amnesty International"),
     False),
    # a reported clause the parser hangs on "said" as a conjunct or adverbial clause (no "and",
    # no "that"): the speaker is not the doer; a second act joined by "and" is the speaker's
    ("Amnesty International and Human Rights Watch said Friday's air raids — at least a dozen, according to "
     "the groups — hit the village of Binnish.", ("Amnesty International", "attacked", "Binnish"), False),
    ("Amnesty International and the Geneva-based Airwars monitoring project said Friday's air raids — at least a "
     "dozen of them, according to Airwars — targeted the village of Binnish.",
     ("Amnesty International", "attacked", "Binnish"), False),
    ("The Taliban said they were ready and then attacked the town of Kunduz.", ("Taliban", "attacked", "Kunduz"), True),
    # "the group" is not the rights or monitoring group the text cites as its source; it is
    # still the group the text described so before
    ("Kurdish fighters seized the village of Tal Hamis, Amnesty International, a rights group, said. "
     "The Peshmerga had pushed the group out of the area a year earlier.",
     ("Peshmerga", "attacked", "Amnesty International"), False),
    ("Boko Haram, a jihadist group, seized the village of Gwoza, Amnesty International, a rights group, said. "
     "Nigerian troops had pushed the group out of the area a year earlier.", ("Nigeria", "attacked", "Boko Haram"), True),
    ("Kurdish fighters seized the village of Tal Hamis, the Human Rights Watch advocacy group said. "
     "The Peshmerga had taken large areas from the group a year earlier.",
     ("Peshmerga", "attacked", "Human Rights Watch"), False),
    ("Islamic State, a jihadist group, lost the village of Tal Hamis, the Human Rights Watch advocacy group said. "
     "The Peshmerga had taken large areas from the group a year earlier.", ("Peshmerga", "attacked", "ISIL"), True),
    # a fight between two named sides, told through a verb of aspect, a border or an exchange of fire
    ("Chadian troops and Boko Haram continued to battle each other near the lake.", ("Boko Haram", "attacked", "Chad"), True),
    ("Chadian troops and Boko Haram continued to blame each other near the lake.", ("Boko Haram", "attacked", "Chad"), False),
    ("Shops closed amid exchanges of fire between Armenian troops and Azerbaijani border guards.",
     ("Azerbaijan", "attacked", "Armenia"), True),
    ("Shops closed amid exchanges of prisoners between Armenian troops and Azerbaijani border guards.",
     ("Azerbaijan", "attacked", "Armenia"), False),
    ("New clashes on the long border between Sudan and Chad killed four soldiers.", ("Chad", "attacked", "Sudan"), True),
    ("Clashes on the border between Darfur and Kordofan killed four herders.", ("Kordofan", "attacked", "Darfur"), False),
    ("Sudanese and Chadian soldiers resumed a fierce gun battle near the frontier.", ("Chad", "attacked", "Sudan"), True),
    ("Sudanese and Chadian soldiers resumed a fierce gun battle with the rebels near the frontier.",
     ("Chad", "attacked", "Sudan"), False),
]


@pytest.mark.parametrize("text,triple,expected", ATTACK_RULES, ids=[t[0][:40] for t in ATTACK_RULES])
def test_attack_rules(text, triple, expected):
    assert (triple in facts(text)) is expected


def test_rivals_who_battle_each_other_without_arms_attack_no_one():
    """A fight told through a verb of aspect needs sides that can wage one: politicians who
    "continued to battle each other" on the campaign trail contest an election."""
    said = "Tomas Varga and Ivan Petrov continued to battle each other on the campaign trail."
    assert not any(r == "attacked" for _, r, _ in facts(said))
    assert ("Boko Haram", "attacked", "Chad") in facts(
        "Chadian troops and Boko Haram continued to battle each other on the lake shore.")


# --- alliedWith on real news: superseded, unowned and commercial ally nouns --------------
def test_alliance_told_with_past_be_has_ended():
    assert ("Chad", "alliedWith", "Sudan") not in facts("Chad and Sudan were allies in the war against the rebels.")
    assert ("Chad", "alliedWith", "Sudan") in facts("Chad and Sudan are allies in the war against the rebels.")


def test_states_listed_as_backers_of_a_third_are_not_each_others_allies():
    # "backers including A and B", "allies of the rebels": A and B back an unnamed third, not each other
    for text in ("Chad gained ground as backers including Sudan and Niger sent arms.",
                 "Sudan and Niger are close allies of the rebels."):
        assert ("Sudan", "alliedWith", "Niger") not in facts(text), text
    assert ("Sudan", "alliedWith", "Niger") in facts("Sudan and Niger are close allies.")


def test_a_verb_conjoined_with_a_passive_shares_its_subject_past_a_negated_first_clause():
    # "X is not affiliated with Z but has pledged allegiance to Y": X pledged; "not" stays in its clause
    text = "Chad is not affiliated with Niger {} allegiance to Sudan."
    assert ("Chad", "alliedWith", "Sudan") in facts(text.format("but has pledged"))
    assert ("Chad", "alliedWith", "Sudan") not in facts(text.format("and has not pledged"))


def test_estranged_ally_is_no_ally():
    assert ("Qatar", "alliedWith", "Egypt") not in facts("Qatar, an estranged ally of Egypt, stayed away.")
    assert ("Qatar", "alliedWith", "Egypt") in facts("Qatar, a close ally of Egypt, stayed away.")


def test_negation_of_a_verb_reaches_its_clause_of_purpose():
    # "did not send troops to help Y": the help was to come from the sending, which did not happen
    assert ("Chad", "alliedWith", "Sudan") not in facts("Chad did not deploy soldiers to support Sudan.")
    assert ("Chad", "alliedWith", "Sudan") in facts("Chad deployed soldiers to support Sudan.")
    assert ("Chad", "alliedWith", "Sudan") not in facts("Chad never sent troops to help Sudan.")
    assert ("Chad", "alliedWith", "Sudan") in facts("Chad sent troops to help Sudan.")


def test_a_standing_tie_told_until_a_time_has_ended():
    # "was part of X until 2020", "backed Y until recently": the relation is over (cues.md, Time: "until")
    assert ("Chad", "alliedWith", "African Union") not in facts("Chad was part of the African Union until 2019.")
    assert ("Chad", "alliedWith", "African Union") in facts("Chad is part of the African Union.")
    assert ("Chad", "alliedWith", "Sudan") not in facts("Chad backed Sudan until recently.")
    assert ("Chad", "alliedWith", "Sudan") not in facts("Chad backed Sudan until the war ended.")
    assert ("Chad", "alliedWith", "Sudan") in facts("Chad backed Sudan during the war.")
    assert ("Chad", "controls", "Abéché") not in facts("Chad held Abeche until June.")
    assert ("Chad", "controls", "Abéché") in facts("Chad held Abeche in June.")
    # an attack told "until" a time still happened; a term still running is current
    assert ("Chad", "attacked", "Abéché") in facts("Chad shelled Abeche until dawn.")
    assert ("Chad", "alliedWith", "African Union") in facts("Chad remains part of the African Union until 2030.")


def test_a_joining_the_sentence_says_was_followed_by_an_exit_has_ended():
    # "joined X but quit it", "A, which joined X, left the bloc": no longer a member
    assert ("Chad", "alliedWith", "African Union") not in facts("Chad joined the African Union in 2008 but quit it in 2017.")
    assert ("Chad", "alliedWith", "African Union") in facts("Chad joined the African Union in 2008 and hosted it in 2017.")
    assert ("Chad", "alliedWith", "African Union") not in facts("Chad, which joined the African Union in 2008, left the bloc in 2017.")
    # leaving somewhere else, or taking troops home, is no exit from the body
    assert ("Chad", "alliedWith", "African Union") in facts("Chad, which joined the African Union in 2008, left Darfur in 2017.")


def test_supporter_noun_names_an_ally():
    assert ("Qatar", "alliedWith", "Hamas") in facts("A key Hamas supporter, Qatar, condemned the raid.")
    assert ("Qatar", "alliedWith", "Hamas") not in facts("A key Hamas critic, Qatar, condemned the raid.")


def test_unowned_ally_is_the_ally_of_the_main_subject():
    text = "Japan fears a war between Taiwan, a longtime ally, and China, a major trading partner."
    found = facts(text)
    assert ("Japan", "alliedWith", "Taiwan") in found
    assert ("Japan", "alliedWith", "China") not in found  # a trading partner is commerce
    assert ("Taiwan", "alliedWith", "China") not in found  # only the first is called an ally


def test_dateline_place_is_no_actor():
    text = "Title\n\nNairobi — The Somali army retook the town of Bulo Burde on Monday."
    found = facts(text)
    assert ("Somalia", "controls", "Bulo Burde") in found
    assert ("Kenya", "controls", "Bulo Burde") not in found
    assert ("Nairobi", "controls", "Bulo Burde") not in found


def test_hyphenated_names_are_no_dateline():
    from kg.pipeline import dateline_end
    doc = load_nlp()("Russia-Ukraine war: Kyiv says it hit a depot.")
    assert dateline_end(doc, 0) is None  # not "Russia -"
    assert dateline_end(load_nlp()("Hezbollah - the group said it fired."), 0) is None
    assert dateline_end(load_nlp()("LYON, France - Police said the suspect fled."), 0) == 4


def test_joint_operation_with_allies_the_two():
    assert ("Kenya", "alliedWith", "Uganda") in facts("Kenyan troops killed dozens of militants in a joint operation with Uganda.")
    assert ("Kenya", "alliedWith", "Uganda") not in facts("Kenyan troops killed dozens of militants in an operation against Uganda.")


def test_members_of_a_named_force_are_allied_with_it():
    text = ("Rebels attack towns where Mali, Niger and Burkina Faso meet. The three countries set up a "
            "force called the Liptako Joint Force, which also includes Chad, to fight them.")
    found = facts(text)
    for state in ("Mali", "Niger", "Burkina Faso", "Chad"):
        assert (state, "alliedWith", "Liptako Joint Force") in found, (state, found)
    assert ("Mali", "alliedWith", "Chad") not in found  # members, not said to be allies of each other


def test_counted_states_need_a_list_of_that_many():
    from kg.entities import Resolver
    text = "Talks between Sudan and Chad broke down. The two countries blamed each other."
    doc = load_nlp()(text)
    token = [t for t in doc if t.text == "countries"][0]
    assert [m.entity.name for m in Resolver(doc, load_gazetteer()).resolve(token)] == ["Sudan", "Chad"]
    doc = load_nlp()("Talks between Sudan and Chad broke down. The three countries blamed each other.")
    token = [t for t in doc if t.text == "countries"][0]
    assert Resolver(doc, load_gazetteer()).resolve(token) == []


def test_includes_needs_a_coalition():
    assert ("Benin", "alliedWith", "Sahel Alliance") in facts("The Sahel Alliance now includes Benin.")
    assert not {f for f in facts("The delegation now includes Benin.") if f[1] == "alliedWith"}


def test_demonym_on_an_unowned_ally_noun_is_the_patron():
    assert ("Hamas", "alliedWith", "Iran") in facts("Hamas, an Iranian proxy, fired rockets.")
    assert ("Hamas", "alliedWith", "Iran") not in facts("Hamas, an Iranian critic, fired rockets.")


def test_campaigning_for_a_candidate_is_political_backing():
    assert ("Elizabeth Warren", "alliedWith", "Joe Biden") in facts("Elizabeth Warren campaigned for Joe Biden in Ohio.")
    assert not {f for f in facts("Elizabeth Warren campaigned for lower taxes in Ohio.") if f[1] == "alliedWith"}


def test_with_support_from_names_the_backer():
    assert ("Rapid Support Forces", "alliedWith", "United Arab Emirates") in facts(
        "The RSF, with support from the UAE, captured the city.")
    assert ("Rapid Support Forces", "alliedWith", "United Arab Emirates") not in facts(
        "The RSF, with no support from the UAE, captured the city.")


def test_help_on_a_passive_verb_backs_its_agent():
    # the one helped is the agent after "by", not the passive's subject (the things downed)
    downed = facts("Most of the rockets were shot down by Egypt's air defences, with help from Sudan and Greece.")
    assert {("Egypt", "alliedWith", "Sudan"), ("Egypt", "alliedWith", "Greece")} <= downed
    assert ("Sudan", "alliedWith", "Greece") not in downed  # helpers of a third, not of each other
    assert ("Kenya", "alliedWith", "United States") in facts("The town was recaptured by Kenyan troops with US air support.")
    assert ("Kenya", "alliedWith", "United States") not in facts(
        "The town was recaptured by Kenyan troops without US air support.")


def test_states_whose_troops_make_up_a_named_force_are_its_members():
    made_of = facts("The Sahel Joint Force, which comprises troops from Mali, Niger and Chad, struck the town.")
    assert {("Mali", "alliedWith", "Sahel Joint Force"), ("Chad", "alliedWith", "Sahel Joint Force")} <= made_of
    assert ("Mali", "alliedWith", "Chad") not in made_of  # members of the force, not said to be allies apart from it
    assert ("Kenya", "alliedWith", "AMISOM") in facts(
        "The African Union Mission in Somalia, made up of troops from Uganda, Burundi and Kenya, holds the city.")
    assert ("Kenya", "alliedWith", "AMISOM") not in facts(
        "The African Union Mission in Somalia, made up of troops from Uganda and Burundi, fought Kenya.")


def test_states_listed_with_the_leader_of_an_x_led_force_are_its_members():
    led = ("A French-led force arrived on Monday. A contingent of 900 soldiers and police officers from France, Chad and Niger "
           "began patrols on Tuesday.")
    assert {("Chad", "alliedWith", "France"), ("Niger", "alliedWith", "France")} <= facts(led)
    # the leader not listed: troops from two states are not said to serve in its force
    assert ("Chad", "alliedWith", "France") not in facts(
        "A French-led force arrived on Monday. Troops from Chad and Niger patrolled another town.")


def test_a_list_of_states_the_parser_reads_as_an_apposition_and_its_conjunct():
    # the small parser hangs "Nauru" on "Palau" as an apposition and "Tuvalu" on "Nauru"
    sending = facts("Palau, Nauru and Tuvalu are also sending contingents to the French-led force.")
    assert {("Palau", "alliedWith", "France"), ("Nauru", "alliedWith", "France"), ("Tuvalu", "alliedWith", "France")} <= sending
    assert ("Tuvalu", "alliedWith", "France") not in facts(
        "Palau, a neighbour of Tuvalu, is also sending contingents to the French-led force.")


def test_help_in_reaching_an_agreement_is_mediation():
    assert not {f for f in facts("Kenya negotiated a truce with the help of envoys from Egypt and Qatar.")
                if f[1] == "alliedWith"}
    assert not {f for f in facts("The truce was reached by Kenya with support from Qatar.") if f[1] == "alliedWith"}
    assert ("Kenya", "alliedWith", "Qatar") in facts("Kenya retook the town with support from Qatar.")  # twin: in force


def test_support_given_to_an_actor():
    assert ("Egypt", "alliedWith", "Khalifa Haftar") in facts("Egypt has provided support to Khalifa Haftar.")
    assert not {f for f in facts("Egypt has provided support to flood victims.") if f[1] == "alliedWith"}


def test_subjects_of_one_taking_fought_together():
    assert ("Kenya", "alliedWith", "Somalia") in facts("Kenyan troops and Somali forces have shelled Kismayo.")
    assert ("Boko Haram", "alliedWith", "ISWAP") in facts("Boko Haram and ISWAP attacked Maiduguri on Sunday.")


def test_sides_set_apart_by_both_did_not_fight_together():
    assert ("Sudan", "alliedWith", "Rapid Support Forces") not in facts("Both the army and the RSF have shelled Khartoum.")
    assert ("Kenya", "alliedWith", "Somalia") in facts("Kenyan troops and Somali forces have shelled Kismayo.")


def test_subjects_of_a_habit_did_not_fight_together():
    found = facts("Al-Shabaab and ISIS are notorious for attacking Bosaso.")
    assert ("al-Shabaab", "alliedWith", "ISIL") not in found
    assert ("al-Shabaab", "alliedWith", "ISIL") in facts("Al-Shabaab and ISIS attacked Bosaso on Sunday.")


def test_two_names_joined_on_an_alliance_noun_are_allied():
    assert ("United States", "alliedWith", "South Korea") in facts(
        "The U.S.-South Korea alliance has never been stronger, the minister said.")
    assert ("Russia", "alliedWith", "Iran") in facts("The Russia-Iran partnership has deepened since the war began.")


def test_a_peace_treaty_between_two_names_is_no_alliance():
    assert ("Israel", "alliedWith", "Egypt") not in facts("The Israel-Egypt peace treaty has held since 1979.")
    assert ("Israel", "alliedWith", "Egypt") in facts("The Israel-Egypt security treaty has held since 1979.")


def test_a_business_report_states_no_alliance():
    business = ("Lufthansa said the Turkey-Qatar alliance will lift its revenue. The airline expects its "
                "passengers and shareholders to gain, and profit to rise.")
    assert not {f for f in facts(business) if f[1] == "alliedWith"}
    assert ("Turkey", "alliedWith", "Qatar") in facts("The army said the Turkey-Qatar alliance will lift its morale. "
                                                      "The soldiers expect their families to gain, and wages to rise.")


def test_a_company_alliance_is_commerce():
    assert not {f for f in facts("Delta Air Lines and Air France formed an alliance.") if f[1] == "alliedWith"}
    assert ("Chad", "alliedWith", "Niger") in facts("Chad and Niger formed an alliance.")


def test_a_member_listed_with_a_company_is_commerce():
    # the one membership word pairs a company (Rio Airlines), so its other member is an airline too
    found = facts("Both Zentra and Rio Airlines were accepted as new members of the Sky Union Alliance.")
    assert ("Zentra", "alliedWith", "Sky Union Alliance") not in found
    assert ("Chad", "alliedWith", "Sahel Union Alliance") in facts(
        "Both Chad and Niger were accepted as new members of the Sahel Union Alliance.")


def test_names_on_the_one_force_that_struck_are_partners():
    # "A and B troops retook P": one force of two actors; two sides of a clash are not partners
    assert ("Chad", "alliedWith", "Niger") in facts("Chadian and Nigerien troops retook the town of Dosso on Monday.")
    assert ("Chad", "alliedWith", "Niger") in facts("The town of Dosso was recaptured by Chadian and Nigerien troops.")
    assert ("Armenia", "alliedWith", "Azerbaijan") not in facts(
        "Armenian and Azerbaijani forces shelled each other's positions near Lachin.")
    assert ("Chad", "alliedWith", "Niger") not in facts("Chadian and Nigerien troops tried to retake the town of Dosso.")


def test_joint_action_with_a_partner_on_the_verb_or_an_implicit_doer():
    # the parser hangs "with Y" on the verb, or the clause leaves the doer implicit
    assert ("Uganda", "alliedWith", "Kenya") in facts(
        "Uganda said its soldiers had reached the border and were running joint operations with Kenya.")
    assert ("Uganda", "alliedWith", "Kenya") in facts(
        "Uganda sent troops to Somalia and launched joint raids with the Kenyan army.")
    assert ("Kenya", "alliedWith", "Somalia") in facts(
        "Kenyan forces, conducting joint patrols with Somali troops, killed ten militants.")
    assert ("Kenya", "alliedWith", "Somalia") not in facts(
        "Kenyan forces, conducting patrols near the Somali border, killed ten militants.")


def test_the_name_titled_by_an_owned_ally_noun_is_the_ally():
    # "X's ally NAME": the small parser makes the two nouns two subjects, or hangs X's on the name
    assert ("Belarus", "alliedWith", "Russia") in facts("Russia's ally Belarus hosted the drills.")
    assert ("AQAP", "alliedWith", "al-Qaeda") in facts("Al-Qaeda's Yemeni branch AQAP claimed the attack.")
    found = facts("Iran's Lebanese ally Hezbollah fired rockets at Israel.")
    assert ("Hezbollah", "alliedWith", "Iran") in found
    assert ("Lebanon", "alliedWith", "Iran") not in found  # the demonym says where the ally is from
    assert ("Belarus", "alliedWith", "Russia") not in facts("Russia's rival Belarus hosted the drills.")


def test_fighting_under_anothers_banner_is_fighting_on_its_side():
    assert ("Hamza Division", "alliedWith", "Shining Path") in facts(
        "The Hamza Division is fighting under the banner of the Shining Path.")
    assert ("Hamza Division", "alliedWith", "Shining Path") in facts(
        "The Hamza Division is fighting under the Shining Path banner.")
    assert not {f for f in facts("The Hamza Division is fighting under the banner of jihad.") if f[1] == "alliedWith"}


def test_a_conjunct_with_its_own_owner_is_not_backed():
    # "its commanders" are the backed group's own, not the state's named earlier
    found = facts("Hamas said Israel hit the Iran-backed Hezbollah and its commanders.")
    assert ("Israel", "alliedWith", "Iran") not in found
    assert ("Hezbollah", "alliedWith", "Iran") in found
    assert ("Mali", "alliedWith", "Iran") not in facts(
        "Mali said the army would attack the withdrawing Iran-allied fighters and its leaders.")
    assert ("Hezbollah", "alliedWith", "Iran") in facts(
        "Hezbollah fired rockets. Israel struck the Iran-backed group and its commanders.")


# --- alliedWith: backing presupposed, received, military help, joining a group -----------
def test_an_attributive_backing_holds_under_a_threat():
    assert ("Houthis", "alliedWith", "Iran") in facts("Israel threatened to strike the Iran-backed Houthis.")
    assert ("Houthis", "alliedWith", "Iran") not in facts("Israel threatened the formerly Iran-backed Houthis.")


def test_backing_of_a_process_is_no_alliance_of_its_venue():
    assert ("Egypt", "alliedWith", "Russia") not in facts("Hamas boycotted the Russian-backed Cairo peace talks.")
    assert ("Syria", "alliedWith", "Russia") in facts("Hamas attacked the Russian-backed Syrian army.")


def test_backing_received_from_a_patron():
    assert ("Hamas", "alliedWith", "Iran") in facts("Hamas has received weapons and training from Iran.")
    assert ("Yemen", "alliedWith", "Oman") in facts("Yemen received missiles from Oman.")
    assert ("Yemen", "alliedWith", "Oman") not in facts("Yemen received humanitarian aid from Oman.")
    assert ("Ukraine", "alliedWith", "France") not in facts("Ukraine received a phone call from France.")


def test_helping_an_army_is_military_help():
    assert ("Rwanda", "alliedWith", "Mozambique") in facts("Rwanda is helping government forces in Mozambique fight insurgents.")
    assert ("Kenya", "alliedWith", "Somalia") in facts("Kenya sent troops to Somalia to help the government fight al-Shabaab.")
    assert not {f for f in facts("Norway helped Colombia and the FARC reach a deal.") if f[1] == "alliedWith"}


def test_joining_an_armed_group_or_an_alliance():
    assert ("Ansar Dine", "alliedWith", "AQIM") in facts("Ansar Dine joined al-Qaeda in the Islamic Maghreb.")
    assert ("United Kingdom", "alliedWith", "NATO") in facts("Britain joined NATO in 1949.")
    assert ("Ansar Dine", "alliedWith", "MNLA") in facts("Ansar Dine joined forces with the MNLA.")
    assert ("United Kingdom", "alliedWith", "France") not in facts("Britain joined France in condemning the attack.")


def test_a_demonym_on_allies_who_are_rebels_names_no_state():
    # "its Syrian rebel allies" are rebels from Syria, as "Syrian rebels" are; "its Iraqi partners" are Iraq
    assert ("Iran", "alliedWith", "Iraq") not in facts("Iran sent advisers to help its Iraqi militia partners.")
    assert ("Iran", "alliedWith", "Iraq") in facts("Iran sent advisers to help its Iraqi partners.")


def test_a_backing_before_a_list_skips_a_conjunct_with_its_own_owner():
    # "Russian-backed fighters and Libyan forces": the Libyan forces are Libya's, not backed by Russia
    assert ("Libya", "alliedWith", "Russia") not in facts("Russian-backed fighters and Libyan forces hold the port of Sirte.")
    assert ("Libya", "alliedWith", "Russia") in facts("Russian-backed Libyan forces and fighters hold the port of Sirte.")


def test_a_relative_clause_whose_verb_agrees_with_one_name_means_the_last():
    # "A and B, which controls X": the singular verb says one of them, the nearest; "which control" both
    assert ("Hamas", "controls", "Jenin") not in facts("The army fought Hamas and Fatah, which controls the town of Jenin.")
    assert ("Fatah", "controls", "Jenin") in facts("The army fought Hamas and Fatah, which controls the town of Jenin.")
    assert ("Hamas", "controls", "Jenin") in facts("The army fought Hamas and Fatah, which control the town of Jenin.")


def test_a_branch_in_a_list_of_names_is_no_apposition():
    assert ("Ansar Dine", "alliedWith", "al-Qaeda") not in facts(
        "Rebel groups Ansar Dine, the MNLA, al-Qaeda's Saharan branch and MUJAO said they would attend.")
    assert ("Ansar Dine", "alliedWith", "al-Qaeda") in facts("Ansar Dine, al-Qaeda's Saharan branch, said it would attend.")


def test_their_ally_after_unnamed_rebels_is_not_an_earlier_state():
    before = "Saudi Arabia went to war to restore the president. "
    assert ("Ahmed Saleh", "alliedWith", "Saudi Arabia") not in facts(
        before + "Ahmed Saleh, once an opponent of the rebels, is now their ally.")
    assert ("Ahmed Saleh", "alliedWith", "Houthis") in facts(
        before + "Ahmed Saleh, once an opponent of the Houthis, is now their ally.")


def test_fighting_to_restore_a_government_is_fighting_for_it():
    assert ("France", "alliedWith", "Ivory Coast") in facts("France intervened to restore the government of Ivory Coast.")
    assert ("Nigeria", "alliedWith", "Sierra Leone") in facts(
        "Nigeria sent troops to restore Sierra Leonean President Ahmad Kabbah's government.")
    assert ("Egypt", "alliedWith", "Iran") not in facts("Egypt moved to restore ties with Iran.")


def test_helping_a_state_fight_an_enemy():
    found = facts("Rwanda and Uganda sent troops to help Congo fight the rebels.")
    assert ("Uganda", "alliedWith", "Democratic Republic of the Congo") in found
    assert ("United Nations", "alliedWith", "Colombia") not in facts("The United Nations helped Colombia fight poverty.")


def test_leaders_of_one_coalition_are_allies_but_not_leaders_of_delegations():
    assert ("Ethiopia", "alliedWith", "Kenya") in facts(
        "Ethiopia and Kenya, leaders of a regional coalition fighting al-Shabaab, met in Nairobi.")
    assert ("Ethiopia", "alliedWith", "Kenya") not in facts("Ethiopia and Kenya, leaders of rival delegations, met in Nairobi.")


def test_support_for_an_actor_and_the_speakers_support():
    assert ("United States", "alliedWith", "Ukraine") in facts("U.S. support for Ukraine will continue.")
    assert ("France", "alliedWith", "Ukraine") in facts("\"Our support for Ukraine is total,\" the French foreign minister said.")
    assert not {f for f in facts("China's support for the ceasefire is welcome.") if f[1] == "alliedWith"}


def test_a_leader_pledging_allegiance_pledges_for_his_group():
    assert ("Boko Haram", "alliedWith", "ISIL") in facts("The leader of Boko Haram pledged allegiance to the Islamic State.")
    assert ("Boko Haram", "alliedWith", "ISIL") not in facts(
        "The leader of Boko Haram refused to pledge allegiance to the Islamic State.")


def test_a_coalition_made_up_of_its_members():
    assert ("Niger", "alliedWith", "Sahel Alliance") in facts("The Sahel Alliance, comprising Mali, Niger and Burkina Faso, met.")
    assert ("Arakan Army", "alliedWith", "Three Brotherhood Alliance") in facts(
        "The Three Brotherhood Alliance, made up of the MNDAA, the TNLA and the Arakan Army, launched an offensive.")
    assert not {f for f in facts("The delegation, comprising Peru and Chile, arrived.") if f[1] == "alliedWith"}


def test_solidarity_with_an_actor_is_political_backing():
    assert ("Mali", "alliedWith", "Niger") in facts("Mali and Burkina Faso expressed solidarity with Niger.")
    assert ("Kenya", "alliedWith", "Somalia") in facts("Kenya expressed its support for Somalia's government.")
    assert not {f for f in facts("Egypt expressed solidarity with the victims.") if f[1] == "alliedWith"}


def test_campaigns_for_a_candidate_as_a_noun():
    assert ("Barack Obama", "alliedWith", "Joe Biden") in facts("Barack Obama's campaigns for Joe Biden drew large crowds.")
    assert not {f for f in facts("Barack Obama's campaign for re-election drew large crowds.") if f[1] == "alliedWith"}


def test_plural_apposition_names_every_conjunct():
    found = facts("Hezbollah and Hamas, Iranian-backed groups, met.")
    assert ("Hamas", "alliedWith", "Iran") in found and ("Hezbollah", "alliedWith", "Iran") in found
    assert ("Hamas", "alliedWith", "Iran") not in facts("Hezbollah and Hamas, groups that criticise Iran, met.")


def test_co_leaders_of_a_coalition_are_allies():
    assert ("Saudi Arabia", "alliedWith", "Qatar") in facts("The coalition led by Saudi Arabia and Qatar bombed the port.")
    assert ("Saudi Arabia", "alliedWith", "Qatar") not in facts("The talks led by Saudi Arabia and Qatar ended.")


def test_members_in_apposition_to_a_named_alliance():
    assert ("Arakan Army", "alliedWith", "Northern Alliance") in facts(
        "The Northern Alliance – the KIA, the TNLA and the Arakan Army – launched an offensive.")
    assert ("Arakan Army", "alliedWith", "Northern Alliance") not in facts(
        "The Northern Alliance, not the KIA, the TNLA or the Arakan Army, launched an offensive.")


def test_announcing_a_joint_force_or_an_alliance():
    assert ("Niger", "alliedWith", "Burkina Faso") in facts(
        "The juntas ruling Mali, Niger and Burkina Faso announced a joint security force.")
    assert ("Peru", "alliedWith", "Chile") in facts(
        "Announcing the alliance, Peru and Chile said they would sign an agreement.")
    assert ("Peru", "alliedWith", "Chile") not in facts("Announcing the deal, Peru and Chile said they would sign it.")
    assert ("Peru", "alliedWith", "Chile") not in facts("Peru and Chile formed a trade partnership.")


def test_a_named_groups_fighters_loyal_to_a_leader():
    assert ("Fatah", "alliedWith", "Mahmoud Abbas") in facts("Fatah gunmen loyal to Mahmoud Abbas fought Hamas.")
    assert ("Fatah", "alliedWith", "Mahmoud Abbas") not in facts("Fatah gunmen opposed to Mahmoud Abbas fought Hamas.")


def test_a_participle_clause_of_backing_is_said_of_the_verbs_subject():
    assert ("Syria", "alliedWith", "Russia") in facts("Backed by Russian jets, Syrian troops retook the town on Monday.")
    assert ("Hezbollah", "alliedWith", "Iran") in facts("Armed by Iran, Hezbollah fired rockets at Israel.")
    assert ("Hezbollah", "alliedWith", "Iran") not in facts("Attacked by Iran, Hezbollah fired rockets at Israel.")


def test_those_who_formed_a_coalition_are_its_members():
    found = facts("Rebels hold the border. A multinational force formed by Mali, Chad and Niger fought them.")
    assert {("Mali", "alliedWith", "Chad"), ("Chad", "alliedWith", "Niger")} <= found, found
    found = facts("The Sahel Alliance, set up by Mali and Niger, held a summit.")
    assert {("Mali", "alliedWith", "Sahel Alliance"), ("Niger", "alliedWith", "Sahel Alliance")} <= found, found
    assert ("Mali", "alliedWith", "Niger") not in found  # members of a named alliance, not said to be each other's
    assert ("Kenya", "alliedWith", "Uganda") not in facts("A trade bloc formed by Kenya and Uganda met today.")
    assert ("Kenya", "alliedWith", "Uganda") in facts("A joint force formed by Kenya and Uganda met today.")


def test_reinforcing_its_own_positions_backs_no_other_actor():
    before = "Armenia accused Azerbaijan of shelling two villages. "
    assert ("Azerbaijan", "alliedWith", "Armenia") not in facts(before + "Azerbaijani troops reinforced their trenches overnight.")
    assert ("Azerbaijan", "alliedWith", "Armenia") not in facts(before + "The Azerbaijani army reinforces itself with new conscripts.")
    assert ("Russia", "alliedWith", "Armenia") in facts(before + "Russian troops reinforced Armenia on Monday.")


def test_helping_an_actor_fend_off_an_enemy():
    found = facts("Chad and Niger helped Cameroon fend off rebels trying to take Yaounde.")
    assert {("Chad", "alliedWith", "Cameroon"), ("Niger", "alliedWith", "Cameroon")} <= found, found
    assert ("Chad", "alliedWith", "Cameroon") not in facts("Chad and Niger helped Cameroon ward off inflation.")


def test_a_name_and_its_armed_wing_named_after_it():
    assert ("Marnia Liberation Front", "alliedWith", "Marnia People's Army") in facts(
        "The Marnia Liberation Front and its armed wing, the Marnia People's Army, rejected the deal.")
    assert ("Marnia Workers Party", "alliedWith", "Marnia People's Army") in facts(
        "The Marnia Workers Party and its armed group, the Marnia People's Army, rejected the deal.")
    assert ("Marnia Liberation Front", "alliedWith", "Marnia People's Army") not in facts(
        "The Marnia Liberation Front and its rivals, the Marnia People's Army, rejected the deal.")
    assert ("Marnia Workers Party", "alliedWith", "Marnia Student Union") not in facts(
        "The Marnia Workers Party and its youth group, the Marnia Student Union, rejected the deal.")


def test_the_groups_an_umbrella_organisation_takes_in():
    found = facts("Talks opened with the Marnia National Front, the umbrella organization of leftist groups "
                  "including the Marnia Workers Party and the Marnia People's Army.")
    assert {("Marnia Workers Party", "alliedWith", "Marnia National Front"),
            ("Marnia People's Army", "alliedWith", "Marnia National Front")} <= found, found
    assert ("Marnia Workers Party", "alliedWith", "Marnia National Front") not in facts(
        "Talks opened with the Marnia National Front, the largest organization of leftist groups "
        "including the Marnia Workers Party and the Marnia People's Army.")


def test_an_x_led_alliance_the_sentence_named_is_that_alliance():
    found = facts("The North Atlantic Treaty Organization says the US-led alliance, which includes Turkey and "
                  "Greece, will meet.")
    assert {("Turkey", "alliedWith", "NATO"), ("Greece", "alliedWith", "NATO"), ("United States", "alliedWith", "NATO")} \
        <= found, found
    assert ("Turkey", "alliedWith", "United States") not in found  # members of the alliance named, not of its leader
    found = facts("NATO says the US-led coalition, which includes Jordan and Bahrain, struck the group.")
    assert ("Jordan", "alliedWith", "United States") in found and ("Jordan", "alliedWith", "NATO") not in found, found


def test_the_companion_of_an_attacker_fought_beside_it():
    assert ("Kenya", "alliedWith", "Somalia") in facts(
        "The Kenyan army, together with Somali troops, retook the town of Kudha from al-Shabaab.")
    assert ("Turkey", "alliedWith", "Free Syrian Army") in facts(
        "Turkish troops, along with rebels from the Free Syrian Army, attacked the YPG.")
    assert ("Israel", "alliedWith", "Hezbollah") not in facts("Israel attacked Hamas along with Hezbollah.")


def test_a_person_who_is_a_member_of_a_body_is_no_ally_of_it():
    assert ("Omar Bashari", "alliedWith", "Kalo Transitional Council") not in facts(
        "Omar Bashari, a member of the Kalo Transitional Council, said the leader had fled.")
    assert ("Chad", "alliedWith", "Kalo Alliance") in facts("Chad, a member of the Kalo Alliance, said the leader had fled.")


def test_troops_sent_to_help_a_named_actor():
    assert ("Kenya", "alliedWith", "Somalia") in facts("Kenya sent troops to help Somalia.")
    assert not {f for f in facts("Norway sent a delegation to help President Juan Santos.") if f[1] == "alliedWith"}


# --- alliedWith: formal alliances, accessions and defence pacts ---------------------------
def test_becoming_a_member_of_an_alliance():
    assert ("Norway", "alliedWith", "NATO") in facts("Norway became the 40th member of NATO on Monday.")
    assert ("Norway", "alliedWith", "NATO") in facts(
        "Norway, which borders Russia, signed the treaty on Monday, becoming the 40th member of NATO.")
    assert ("Norway", "alliedWith", "NATO") not in facts("Norway hopes to become a member of NATO.")
    assert ("Norway", "alliedWith", "NATO") not in facts("Norway applied to become a member of NATO.")


def test_accession_to_an_alliance():
    assert ("Norway", "alliedWith", "NATO") in facts("Norway's accession to NATO was completed in May.")
    assert ("Norway", "alliedWith", "NATO") not in facts("Hungary vetoed Norway's accession to NATO in May.")
    assert ("Norway", "alliedWith", "NATO") not in facts("Hungary blocked Norway's accession to NATO in May.")
    assert ("Norway", "alliedWith", "NATO") not in facts("Norway's accession to NATO has been stalled since May.")
    assert ("Norway", "alliedWith", "NATO") in facts("Since Norway's accession to NATO in May, the border has been quiet.")
    assert not {f for f in facts("Norway's accession to the World Trade Organization was completed in May.")
                if f[1] == "alliedWith"}  # a trade body is no alliance


def test_signers_of_a_defence_agreement_are_allies():
    assert ("Ghana", "alliedWith", "Togo") in facts("Ghana and Togo signed a mutual defence agreement on Tuesday.")
    assert ("Ghana", "alliedWith", "Togo") in facts(
        "Officials praised the new defence agreement that Ghana and Togo signed on Tuesday.")
    assert ("Ghana", "alliedWith", "Togo") not in facts("Ghana and Togo signed a trade agreement on Tuesday.")
    assert ("Ghana", "alliedWith", "Togo") not in facts(
        "Officials praised the new trade agreement that Ghana and Togo signed on Tuesday.")


def test_defence_pact_between_two_states():
    assert ("Egypt", "alliedWith", "Sudan") in facts("Officials hailed a mutual defence pact between Egypt and Sudan.")
    assert ("Egypt", "alliedWith", "Sudan") not in facts("Officials hailed a non-aggression pact between Egypt and Sudan.")
    assert ("Egypt", "alliedWith", "Sudan") not in facts("Officials hailed a ceasefire agreement between Egypt and Sudan.")


def test_pledging_to_defend_each_other():
    assert ("Chile", "alliedWith", "Peru") in facts("Under the treaty, Chile and Peru agreed to defend each other.")
    assert ("Chile", "alliedWith", "Peru") in facts("Chile and Peru pledged to come to each other's aid.")
    assert ("Chile", "alliedWith", "Peru") not in facts("Under the treaty, Chile and Peru agreed not to attack each other.")
    assert ("Chile", "alliedWith", "Peru") not in facts("Chile and Peru agreed to help each other after the earthquake.")


def test_creating_an_alliance_and_a_security_partnership_with_a_third():
    found = facts("Australia and Britain announced a trilateral security partnership with Japan.")
    assert ("Australia", "alliedWith", "Japan") in found and ("United Kingdom", "alliedWith", "Japan") in found
    assert ("Australia", "alliedWith", "Japan") not in facts("Australia and Britain announced a trade partnership with Japan.")
    assert ("Mali", "alliedWith", "Niger") in facts("Mali and Niger announced the creation of a confederation.")
    assert ("Mali", "alliedWith", "Niger") not in facts("Mali and Niger announced the creation of a customs union.")


def test_alliance_whose_members_include():
    assert ("Niger", "alliedWith", "Sahel Alliance") in facts("The Sahel Alliance, whose members include Mali and Niger, met.")
    assert ("Niger", "alliedWith", "Sahel Alliance") not in facts("The Sahel Alliance, whose critics include Mali and Niger, met.")


def test_admitted_into_an_alliance():
    assert ("Norway", "alliedWith", "NATO") in facts("Norway was admitted to NATO in March.")
    assert ("Norway", "alliedWith", "NATO") not in facts("Norway hopes to be admitted to NATO in March.")
    assert not {f for f in facts("Norway was admitted to the World Trade Organization in 1995.") if f[1] == "alliedWith"}


def test_membership_told_in_the_past_has_ended():
    assert ("Poland", "alliedWith", "Hungary") not in facts("Poland and Hungary were members of the Eastern Alliance until 1991.")
    assert ("Poland", "alliedWith", "Hungary") in facts("Poland and Hungary are members of the Eastern Alliance.")


def test_second_state_of_a_list_read_as_apposition_is_a_list_item():
    text = "The US, the UK, and Australia announced the creation of a military alliance."
    assert ("United Kingdom", "alliedWith", "Australia") in facts(text)
    assert ("United Kingdom", "alliedWith", "Australia") not in facts(
        "The US, the UK's closest partner, and Australia announced the creation of a military alliance.")


def test_bare_infinitive_after_a_causative_verb_is_done_by_its_object():
    # the parser hangs "take" on "accused"; its doer is still the object of "helping"
    text = "The Yemeni envoy accused the Iranian services of helping the Houthi militia take Sanaa."
    assert ("Houthis", "controls", "Sanaa") in facts(text)
    assert ("Yemen", "controls", "Sanaa") not in facts(text)
    assert ("Iran", "controls", "Sanaa") in facts("The Yemeni envoy accused the Iranian services of helping to take Sanaa.")


def test_jihad_forces_are_not_the_article_state():
    lead = "Pakistani troops shelled Kashmir. The village was the base of Ali Khan, a commander of the "
    rest = " forces that had fought the Indian-backed regime of Omar Abdullah."
    assert ("Pakistan", "attacked", "Omar Abdullah") not in facts(lead + "jihad" + rest)
    assert ("Pakistan", "attacked", "Omar Abdullah") in facts(lead + "government" + rest)


def test_people_for_a_state_are_not_the_state():
    rest = " diplomats who support Ukraine's new leaders met outside parliament."
    assert ("Russia", "alliedWith", "Ukraine") not in facts("On Monday, pro-Russian" + rest)
    assert ("Russia", "alliedWith", "Ukraine") in facts("On Monday, Russian" + rest)


def test_backing_of_a_titled_leader_is_of_the_person():
    assert ("Bashar al-Assad", "alliedWith", "Iran") in facts("Crowds in Damascus cheered Iran-backed President Bashar al-Assad.")
    assert not {f for f in facts("Crowds in Damascus cheered Iran-based President Bashar al-Assad.") if f[1] == "alliedWith"}


def test_military_leaders_of_named_states_act_for_those_states():
    assert ("Sudan", "alliedWith", "Libya") in facts(
        "The military leaders of Chad, Sudan and Libya on Friday signed a mutual defence pact.")
    assert ("Sudan", "alliedWith", "Libya") not in facts(
        "The military leaders of Chad, Sudan and Libya on Friday signed a trade pact.")


def test_both_owners_of_a_possessive_attack_noun_are_attackers():
    assert ("Omar Bashir", "attacked", "Libya") in facts(
        "Talks came after Omar Bashir and Idriss Deby's incursion into Libya.")
    assert ("Omar Bashir", "attacked", "Libya") not in facts(
        "Omar Bashir met envoys, and Idriss Deby's incursion into Libya followed.")


def test_charter_of_a_pact_establishing_an_alliance_makes_its_parties_members():
    rest = " pact. The Saharan Charter establishes the Alliance of Saharan States, officials said."
    assert ("Sudan", "alliedWith", "Alliance of Saharan States") in facts(
        "Chad, Sudan and Libya on Friday signed a mutual defence" + rest)
    assert ("Sudan", "alliedWith", "Alliance of Saharan States") not in facts(
        "Chad, Sudan and Libya on Friday signed a trade" + rest)


def test_envoys_travelling_to_a_venue_for_talks():
    # the venue of a journey made for talks hosts them; the travellers' senders are the parties
    trip = facts("Envoys from Peru and the FARC flew to Accra on Monday for talks.")
    assert {("Ghana", "hostsTalks", "Peru"), ("Ghana", "hostsTalks", "FARC")} <= trip, trip
    sent = facts("Delegations representing both the Peruvian army and the FARC arrived in Ghana on Monday "
                 "to hold direct negotiations.")
    assert {("Ghana", "hostsTalks", "Peru"), ("Ghana", "hostsTalks", "FARC")} <= sent, sent
    planned = facts("Envoys from Peru and the FARC will fly to Accra next week for talks.")
    assert ("Ghana", "hostsTalks", "FARC") not in planned, planned
    # the article then tells "the talks" as still to come: the journey was made for planned talks
    coming = facts("Envoys from Peru and the FARC flew to Accra on Monday for talks. The talks will open "
                   "at a hotel outside the city next week.")
    assert ("Ghana", "hostsTalks", "FARC") not in coming, coming
    begun = facts("Envoys from Peru and the FARC flew to Accra on Monday for talks. The talks opened "
                  "at a hotel outside the city on Tuesday.")
    assert ("Ghana", "hostsTalks", "FARC") in begun, begun
    refused = facts("Delegations representing both the Peruvian army and the FARC arrived in Ghana on Monday "
                    "but refused to hold direct negotiations.")
    assert ("Ghana", "hostsTalks", "FARC") not in refused, refused


def test_a_delegation_to_talks_named_by_their_city():
    # "the Accra talks": a city before the talks is their venue; a state there is their topic
    city = facts("Jose Ramirez, a member of the FARC's delegation to the Accra talks, said the talks had begun.")
    assert ("Ghana", "hostsTalks", "FARC") in city, city
    topic = facts("Jose Ramirez, a member of the FARC's delegation to the Peru talks, said the talks had begun.")
    assert not any(r == "hostsTalks" for _, r, _ in topic), topic


def test_the_meeting_included_officials_from_states():
    # "The meeting included officials from A and B" names the parties of the summit just placed
    included = facts("Leaders gathered in Accra for a summit on the war. The meeting also included officials "
                     "from Jordan and Chile.")
    assert {("Ghana", "hostsTalks", "Jordan"), ("Ghana", "hostsTalks", "Chile")} <= included, included
    excluded = facts("Leaders gathered in Accra for a summit on the war. The meeting did not include officials "
                     "from Jordan and Chile.")
    assert ("Ghana", "hostsTalks", "Jordan") not in excluded, excluded


def test_fighting_on_behalf_of_an_actor():
    assert ("Hezbollah", "alliedWith", "Syria") in facts("Hezbollah fighters battled rebels on behalf of the Syrian government.")
    assert ("Russia", "alliedWith", "Bashar al-Assad") in facts("Russia intervened on Bashar al-Assad's behalf in 2015.")
    assert ("Hezbollah", "alliedWith", "Syria") not in facts("A Hezbollah lawyer spoke on behalf of the Syrian government.")


def test_promising_loyalty_is_the_pledge_itself():
    assert ("al-Shabaab", "alliedWith", "al-Qaeda") in facts("Al-Shabaab promised its loyalty to al-Qaeda in 2012.")
    assert ("al-Shabaab", "alliedWith", "al-Qaeda") not in facts("Al-Shabaab promised to back al-Qaeda if it won.")


def test_a_backer_modifier_on_a_later_conjunct_is_not_shared_backwards():
    found = facts("Israel and the Iran-backed Hezbollah exchanged fire across the border.")
    assert ("Hezbollah", "alliedWith", "Iran") in found and ("Israel", "alliedWith", "Iran") not in found
    found = facts("The Iran-backed Houthis and Hezbollah condemned the strike.")
    assert ("Houthis", "alliedWith", "Iran") in found and ("Hezbollah", "alliedWith", "Iran") in found


def test_a_backer_modifier_does_not_reach_a_later_conjunct_with_its_own_determiner():
    found = facts("Peru's Chilean-backed government and the Huila Front have agreed to exchange prisoners.")
    assert ("Peru", "alliedWith", "Chile") in found and ("Huila Front", "alliedWith", "Chile") not in found
    found = facts("The Chilean-backed Huila Front and Jaish al-Tumbes have agreed to exchange prisoners.")
    assert ("Huila Front", "alliedWith", "Chile") in found


def test_a_backer_modifier_does_not_reach_a_later_force_of_another_people():
    text = ("The Kurdistan Workers' Party denied the report. Turkish police raided the village. The town was "
            "retaken by Iraqi troops, Iranian-backed Shiite militia and local Kurdish fighters.")
    assert ("PKK", "alliedWith", "Iran") not in facts(text)
    assert ("PKK", "alliedWith", "Iran") in facts(text.replace("local Kurdish fighters", "PKK fighters").replace(
        "Iraqi troops, Iranian-backed Shiite militia and", "Iraqi troops and Iranian-backed"))


def test_a_participle_clause_does_not_describe_the_conjunct_after_it():
    text = ("The envoy hopes to bring both sides of the war to one table - the Kenyan government, supported by a United "
            "Nations force, and Kenya's Sudanese-backed rebels known as the Huila Front.")
    found = facts(text)
    assert ("Huila Front", "alliedWith", "United Nations") not in found
    assert ("Kenya", "alliedWith", "United Nations") in found and ("Huila Front", "alliedWith", "Sudan") in found


def test_a_time_span_after_the_talks_is_no_venue():
    found = facts("Colombia's government and the ELN opened their first formal talks in six years on Monday in Caracas.")
    assert ("Venezuela", "hostsTalks", "ELN") in found and ("Venezuela", "hostsTalks", "Colombia") in found
    found = facts("Colombia's government and the ELN opened their first formal talks in six years on Monday.")
    assert not any(r == "hostsTalks" for _, r, _ in found), found


def test_the_venue_verb_after_and_that_shares_the_talks_places_them():
    assert ("Venezuela", "hostsTalks", "ELN") in facts("Talks between Colombia and the ELN opened and ended in Caracas.")
    assert ("Venezuela", "hostsTalks", "ELN") not in facts(
        "Talks between Colombia and the ELN opened on Monday and were praised in Caracas.")


def test_a_states_contingent_in_a_named_force_is_a_member():
    assert ("Burundi", "alliedWith", "African Union") in facts(
        "Burundian troops from the African Union force entered the port.")
    assert ("Burundi", "alliedWith", "al-Shabaab") not in facts(
        "Burundian troops from al-Shabaab's former base entered the port.")
    assert ("Burundi", "alliedWith", "African Union") not in facts(
        "The African Union thanked Burundian troops in their efforts to defeat al-Shabaab.")


def test_poised_to_take_a_town_is_no_hold():
    # "poised to" is an intention (the lemma of "poised" is "poise")
    assert ("Peru", "controls", "Tumbes") not in facts("Peruvian troops were poised to recapture Tumbes.")
    assert ("Peru", "controls", "Tumbes") in facts("Peruvian troops recaptured Tumbes.")


def test_a_building_or_region_inside_a_state_is_not_the_state():
    # a district headquarters or two regions of a state are held, not the whole state
    assert ("FARC", "controls", "Peru") not in facts("FARC rebels seized the headquarters of a southern district in Peru.")
    assert ("FARC", "controls", "Tumbes") in facts("FARC rebels seized the headquarters of a district in Tumbes province.")
    assert ("Chile", "controls", "Peru") not in facts("Chile annexed two regions of Peru in 1880.")
    assert ("Chile", "controls", "Tacna") in facts("Chile annexed the region of Tacna in 1880.")
    assert ("Diaz", "controls", "Peru") in facts("Colonel Diaz seized power in Peru on Monday.")


def test_a_name_after_a_title_is_a_person_and_speaks_for_the_group():
    # the NER may tag the name after "spokesperson" as an organisation; "our" is the speaker's group
    text = '"Our troops have taken the town of Tumbes," Shining Path spokesperson Jorge Quispe said.'
    assert ("Jorge Quispe", "controls", "Tumbes") not in facts(text)
    assert ("Shining Path", "controls", "Tumbes") in facts(text)


def test_a_spokesmans_forces_are_not_his():
    # a spokesman commands no forces; a commander does
    assert ("Ahmed Karimi", "attacked", "Shining Path") not in facts(
        "Ahmed Karimi, a spokesman for the rebel alliance, said his forces repulsed the Shining Path attack.")
    assert ("Ahmed Karimi", "attacked", "Shining Path") in facts(
        "Ahmed Karimi, the alliance's commander, said his forces repulsed the Shining Path attack.")


def test_a_match_report_states_no_war():
    # teams bear the names of states; a text of goals, penalties and a derby is sport
    match = ("Peru hit Chile on the break in the derby. The goalkeeper saved a penalty before the "
             "midfielder scored the only goal of the tournament match.")
    assert ("Peru", "attacked", "Chile") not in facts(match)
    war = ("Peru hit Chile on the break. Troops shelled a football stadium where soldiers and militants "
           "fought; the bomb killed a coach, a goalkeeper and a referee, and wounded civilians.")
    assert ("Peru", "attacked", "Chile") in facts(war)


def test_troops_sent_to_attack_is_an_aim():
    # an infinitive of purpose says what the troops were sent for, not what they did
    assert ("Kenya", "attacked", "al-Shabaab") not in facts("Kenya sent troops to capture or kill al-Shabaab fighters.")
    assert ("Kenya", "attacked", "al-Shabaab") in facts("Kenyan troops captured and killed al-Shabaab fighters.")


def test_a_title_alone_is_no_name():
    # the NER may tag a lone capitalised title as a name; it names no one
    text = "Peruvian Minister of Foreign Affairs Ana Rojas and Chilean State Councillor and Minister Luis Vera held talks in Lima."
    assert ("Peru", "hostsTalks", "Councillor") not in facts(text)
    found = extract_document(load_nlp()(text), Document(id="t", text=text))
    assert "Luis Vera" in {e.name for e in found.entities}  # the name after the title is still a name
    assert "Councillor" not in {e.name for e in found.entities}


def test_spearheading_a_campaign_against_an_actor():
    assert ("Kenya", "attacked", "al-Shabaab") in facts(
        "Kenya is spearheading a military campaign in Somalia against al-Shabaab.")
    assert ("Kenya", "attacked", "al-Shabaab") not in facts(
        "Kenya is hosting a conference in Somalia about al-Shabaab.")


def test_staged_is_read_as_stage():
    assert ("Taliban", "attacked", "Pakistan") in facts(
        "The Taliban have staged several raids on Pakistani border posts.")
    assert ("Taliban", "attacked", "Pakistan") not in facts(
        "The Taliban have staged several rallies near Pakistani border posts.")


def test_denying_reports_of_an_attack_is_a_denial():
    assert ("Egypt", "attacked", "Libya") not in facts(
        "Cairo has denied reports that Egyptian jets bombed Libya on Friday.")
    assert ("Egypt", "attacked", "Libya") in facts(
        "Cairo has confirmed reports that Egyptian jets bombed Libya on Friday.")


def test_a_cyber_attack_is_not_violence():
    assert ("Russia", "attacked", "Ukraine") not in facts(
        "Russian hackers launched a cyber attack on Ukraine on Friday.")
    assert ("Russia", "attacked", "Ukraine") in facts(
        "Russian jets launched an air attack on Ukraine on Friday.")


def test_troops_sent_to_a_state_to_help_fight_help_that_state():
    assert ("Chad", "alliedWith", "Mali") in facts("Chad sent 2,000 troops to Mali to help fight Islamist rebels.")
    assert ("Chad", "alliedWith", "Mali") not in facts("Chad sent 2,000 troops to Mali to help fight wildfires.")


def test_joining_a_states_forces_is_fighting_beside_it():
    assert ("Chad", "alliedWith", "Nigeria") in facts("Chad joined Nigerian troops in the offensive on the lake islands.")
    assert ("Seleka", "alliedWith", "Central African Republic") not in facts(
        "Seleka signed a deal with the Central African Republic allowing its fighters to join the regular army.")


# --- arguments: a distance is no side, a weapon is no target, two sides are backed apart --
def test_a_distance_from_a_state_is_no_side_the_town_was_taken_from():
    assert ("Chad", "attacked", "Sudan") not in facts("Chadian troops seized the town of Tine, about 10 km from the Sudanese border.")
    assert ("Chad", "attacked", "Sudan") in facts("Chadian troops seized the town of Tine from the Sudanese army.")


def test_the_weapon_fired_is_no_target():
    assert ("Seleka", "attacked", "RPG") not in facts("Seleka fighters fired an RPG at a police post in the Central African Republic.")
    assert ("Seleka", "attacked", "Central African Republic") in facts(
        "Seleka fighters fired an RPG at a police post in the Central African Republic.")


def test_between_two_sides_a_backer_backs_only_the_side_it_modifies():
    text = "A truce began between the Saudi-backed Yemeni government forces and the Houthi rebels."
    assert ("Houthis", "alliedWith", "Saudi Arabia") not in facts(text)
    assert ("Yemen", "alliedWith", "Saudi Arabia") in facts(text)


# --- precision on unseen news: what a phrase stands for -----------------------------------
def test_backing_an_actors_decision_is_no_alliance_with_it():
    assert ("Kenya", "alliedWith", "Ruto") not in facts("Kenya voted to support Ruto's plan for the port.")
    assert ("Iran", "alliedWith", "Assad") in facts("Iran sent fighters to support Assad's forces.")


def test_whose_forces_are_the_forces_of_the_relative_clauses_antecedent():
    text = "Chad's army fought General Idriss Mahamat, a rebel commander whose forces have received support from {}."
    assert ("General Idriss Mahamat", "alliedWith", "Sudan") in facts(text.format("Sudan"))
    assert ("Chad", "alliedWith", "Sudan") not in facts(text.format("Sudan"))


def _with_subject(text: str, word: str, verb: str) -> set[tuple[str, str, str]]:
    """Asserted triples of text parsed by the model, with word made a second subject of
    verb: the parse the model gives some real sentences of this shape."""
    from spacy.tokens import Doc
    parsed = load_nlp()(text)
    heads, deps = [t.head.i for t in parsed], [t.dep_ for t in parsed]
    i = next(t.i for t in parsed if t.text == word)
    heads[i], deps[i] = next(t.i for t in parsed if t.text == verb), "nsubj"
    doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              heads=heads, deps=deps, pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed],
              lemmas=[t.lemma_ for t in parsed],
              ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    found = extract_document(doc, Document(id="t", text=text))
    return {(e.subject.name, e.relation, e.object.name) for e in found.events if e.asserted}


def test_of_two_subjects_hung_on_one_verb_the_nearest_is_it():
    text = "With their fighters entrenched in Tikrit and most of {}, the former Al-Qaeda affiliates now control the city of Mosul."
    assert ("Qaim", "controls", "Mosul") not in _with_subject(text.format("Qaim"), "affiliates", "control")
    assert ("Wagner Group", "controls", "Mosul") in facts(
        "With their fighters entrenched in Tikrit, the Wagner Group now controls the city of Mosul.")


def test_an_infinitive_of_purpose_makes_a_taking_an_aim():
    assert ("Armenia", "controls", "Lachin") not in facts("Armenia launched an offensive on Monday to retake Lachin.")
    assert ("Armenia", "controls", "Lachin") in facts("Armenia launched an offensive on Monday and retook Lachin.")


def test_a_person_who_chairs_talks_is_no_host():
    # hosts are states, cities or organisations; a person chairing talks hosts nothing
    assert not any(r == "hostsTalks" for _, r, _ in facts("Jose Ramirez chaired talks between Peru and the FARC."))
    assert ("African Union", "hostsTalks", "FARC") in facts("The African Union chaired talks between Peru and the FARC.")


def test_a_relative_clause_places_the_meeting():
    # "a meeting between A and B, which lasted an hour in C": the clause hangs on B, yet says where the meeting was
    held = facts("The first meeting between Peru and the FARC, which lasted about an hour in the Ghanaian capital, "
                 "Accra, ended without a deal.")
    assert {("Ghana", "hostsTalks", "Peru"), ("Ghana", "hostsTalks", "FARC")} <= held, held
    planned = facts("The first meeting between Peru and the FARC, which will open next week in the Ghanaian capital, "
                    "Accra, is expected to be short.")
    assert ("Ghana", "hostsTalks", "FARC") not in planned, planned
    assert not any(r == "hostsTalks" for _, r, _ in facts(
        "Talks between Peru and the FARC, which began in 2019, ended without a deal."))


def test_an_attack_noun_doing_a_relative_clause_is_done_by_its_agent():
    assert ("Kenya", "attacked", "al-Shabaab") in facts(
        "Kenyan troops launched an offensive that has driven al-Shabaab out of its strongholds.")
    assert ("Kenya", "attacked", "al-Shabaab") not in facts(
        "Kenyan troops launched a campaign that has driven the price of maize out of reach of al-Shabaab.")


def test_the_speaker_is_not_the_doer_of_an_attack_noun():
    assert ("Prokudin", "attacked", "Kherson") not in facts(
        "Two men were killed in shelling which hit a dormitory in Kherson, governor Oleksandr Prokudin said.")
    assert ("Russia", "attacked", "Kherson") in facts(
        "Two men were killed in Russian shelling of Kherson, governor Oleksandr Prokudin said.")


def test_an_accusation_denied_in_the_next_sentence_is_disputed():
    assert ("Democratic Republic of the Congo", "attacked", "Rwanda") not in facts(
        "Rwanda accused Congolese troops of shelling its territory. Kinshasa denied the charge.")
    assert ("Democratic Republic of the Congo", "attacked", "Rwanda") in facts(
        "Rwanda accused Congolese troops of shelling its territory. Kinshasa confirmed the shelling.")


def test_a_name_before_province_is_a_place_and_holds_nothing():
    text = ("ISIL seized the city of Mosul in Iraq's northern Qaim province. With their fighters entrenched in "
            "Tikrit and most of Qaim, the former Al-Qaeda affiliates now effectively control a quarter of Iraq.")
    assert ("Qaim", "controls", "Iraq") not in facts(text)
    assert ("Taliban", "controls", "Musa Qala") in facts("The Taliban seized the town of Musa Qala in the Taliban region.")


def test_a_states_rebel_forces_are_not_the_state():
    assert ("Yemen", "alliedWith", "Iran") not in facts("The Iran-backed Yemeni rebel forces fired at the port.")
    assert ("Yemen", "alliedWith", "Iran") in facts("The Iran-backed Yemeni army forces fired at the port.")


def test_a_listed_front_holds_no_other_listed_member():
    """A list broken by bracketed acronyms is read whole, and a "Front" listed in it is one
    of the members, not the coalition the others belong to (the twin: they form one)."""
    listed = "The Arakan Army (AA), the Kachin Independence Army (KIA), and the Chin National Front (CNF)"
    assert not {f for f in facts(f"{listed} attacked army posts.") if f[1] == "alliedWith"}
    assert ("Arakan Army", "alliedWith", "Kachin Independence Army") in facts(f"{listed} formed an alliance.")


def test_with_a_named_backing_names_the_backer():
    assert ("Iraq", "alliedWith", "United States") in facts("The Iraqi army, with US air support, recaptured the town.")
    assert ("Syria", "alliedWith", "Russia") in facts("With Russian air cover, Syrian troops retook the town.")
    assert ("Iraq", "alliedWith", "United States") not in facts(
        "The Iraqi army, with no US air support, recaptured the town.")


def test_a_part_of_a_coalition_is_a_member():
    assert ("Houthis", "alliedWith", "Axis of Resistance") in facts("The Houthis are part of the Axis of Resistance.")
    assert ("Sudan", "alliedWith", "Saudi Arabia") in facts("Sudan became part of the Saudi-led coalition in 2015.")
    assert ("Houthis", "alliedWith", "Axis of Resistance") not in facts(
        "The Houthis are not part of the Axis of Resistance.")
    assert not {f for f in facts("Crimea is part of Ukraine.") if f[1] == "alliedWith"}


def test_subjects_said_to_be_allied_are_allied_with_each_other():
    assert ("Taliban", "alliedWith", "al-Qaeda") in facts("The Taliban and al-Qaeda remain closely allied.")
    assert ("Taliban", "alliedWith", "al-Qaeda") not in facts("The Taliban and al-Qaeda are no longer allied.")
    assert ("Taliban", "alliedWith", "al-Qaeda") not in facts("The Taliban and al-Qaeda are allied with Pakistan.")


def test_groups_that_merged_are_allied():
    assert ("Qarun Brigades", "alliedWith", "Zorba Front") in facts(
        "The Qarun Brigades and the Zorba Front merged into one group.")
    assert ("Qarun Brigades", "alliedWith", "Zorba Front") in facts(
        "The groups merging their fighters were the Qarun Brigades and the Zorba Front.")
    assert ("Qarun Brigades", "alliedWith", "Zorba Front") not in facts(
        "The Qarun Brigades and the Zorba Front did not merge.")


def test_a_list_of_backers_after_the_participle_backs_the_noun():
    text = ("The Malian army, backed by UN peacekeepers, Chadian special forces and French paramilitaries, "
            "has retaken the north.")
    found = facts(text)
    for backer in ("United Nations", "Chad", "France"):
        assert ("Mali", "alliedWith", backer) in found, (backer, found)
    assert ("Chad", "alliedWith", "United Nations") not in found  # backers of one side, not said to be allies


def test_forces_named_for_a_people_are_no_states():
    """"Kurdish forces", "Druze fighters": a people that is no state's demonym owns the
    forces, so they are not the article's state (the twin: a state's demonym)."""
    text = "Peru shelled the border on Monday. {} forces now control the town of Zorbaqin, in northern Peru."
    assert ("Peru", "controls", "Zorbaqin") not in facts(text.format("Kurdish"))
    assert ("Peru", "controls", "Zorbaqin") in facts(text.format("Peruvian"))


def test_rebels_are_not_the_home_states_forces():
    # the small parser reads "the government fight rebels" as one noun phrase: rebels stay unnamed
    assert ("Peru", "controls", "Tumbes") not in facts(
        "Peruvian militias crossed the border to help the government fight rebels who seized Tumbes last week.")
    assert ("FARC", "controls", "Tumbes") in facts(
        "Peruvian militias crossed the border to help the government fight the FARC, which seized Tumbes last week.")


def test_an_x_held_modifier_stops_at_a_conjunct_held_by_another():
    text = "Peru shelled the border on Monday. Government-held Zorba and Qaim, and {}-held Tumbes, enjoyed a truce."
    assert ("Peru", "controls", "Tumbes") not in facts(text.format("rebel"))
    assert ("Peru", "controls", "Qaim") in facts(text.format("rebel"))
    assert ("FARC", "controls", "Tumbes") in facts(text.format("FARC"))


def test_the_villages_are_not_the_one_place_named_last():
    text = ("Peruvian troops shelled the border on Monday. Rebels in Arequipa edged closer to the government-held {} "
            "in the province.")
    assert ("Peru", "controls", "Arequipa") not in facts(text.format("last two villages"))
    assert ("Peru", "controls", "Zorba") in facts(text.format("village of Zorba"))


def test_members_of_a_led_coalition_are_allied_with_its_leader():
    found = facts("The Saudi-led coalition includes Egypt, Jordan and Sudan.")
    for state in ("Egypt", "Jordan", "Sudan"):
        assert (state, "alliedWith", "Saudi Arabia") in found, (state, found)
    assert ("Egypt", "alliedWith", "Jordan") not in found  # members of a led coalition: with its leader


def test_a_leader_clause_names_the_leader_of_the_listed_alliance():
    found = facts("Led by Iran, the Axis of Resistance included the Lebanese militant group Hezbollah, "
                  "the Yemeni Houthis, and Hamas.")
    for group in ("Hezbollah", "Houthis", "Hamas"):
        assert (group, "alliedWith", "Axis of Resistance") in found, (group, found)
        assert (group, "alliedWith", "Iran") in found, (group, found)
    assert ("Iran", "alliedWith", "Axis of Resistance") in found
    assert ("Hezbollah", "alliedWith", "Iran") not in facts(
        "Opposed by Iran, the Axis of Resistance included the Lebanese militant group Hezbollah.")


def test_members_of_an_unnamed_coalition_are_allied_with_each_other():
    assert ("Saudi Arabia", "alliedWith", "United Arab Emirates") in facts(
        "The coalition, which is made up of Saudi and Emirati forces, announced a new operation.")
    assert ("Saudi Arabia", "alliedWith", "United Arab Emirates") not in facts(
        "The delegation, which is made up of Saudi and Emirati officials, announced a new round.")


def test_a_participle_supporting_names_the_backer():
    assert ("Saudi Arabia", "alliedWith", "Yemen") in facts(
        "The Saudi-led coalition supporting the government of Yemen said it attacked Houthi targets.")
    assert ("Saudi Arabia", "alliedWith", "Yemen") not in facts(
        "The Saudi-led coalition opposing the government of Yemen said it attacked Houthi targets.")


def test_a_people_describing_unnamed_militias_is_no_member():
    found = facts("The Axis of Resistance included various Iraqi Shiite militias and the Houthis.")
    assert ("Houthis", "alliedWith", "Axis of Resistance") in found
    assert not {f for f in found if "Iraqi Shiites" in f}


def test_the_x_stronghold_of_a_place_is_held_by_x():
    text = "Peruvian jets struck the {} stronghold of Marquetalia on Saturday."
    assert ("FARC", "controls", "Marquetalia") in facts(text.format("FARC"))
    assert ("FARC", "controls", "Marquetalia") not in facts(text.format("former FARC"))
    assert ("Peru", "controls", "Marquetalia") not in facts("Peruvian jets struck their stronghold of Marquetalia.")


def test_our_control_is_the_speakers_side_not_the_speaker():
    """"P is under our control," he said: "our" is the group or state the speaker speaks
    for; a person whose side the text leaves unnamed gives no holder."""
    quote = " told Reuters his men had pushed south. \"Gao is under our control since this morning,\" he said."
    assert ("Joro Banzaki", "controls", "Gao") not in facts("Rebel colonel Joro Banzaki" + quote)
    assert ("Hamas", "controls", "Gao") in facts("A Hamas commander" + quote)


def test_a_relative_clause_inside_a_list_is_said_of_its_own_item():
    text = "The alliance includes regional parties such as the Zorb Party, which governs Kolda, and the Marak Front, " \
           "which governs Sedhiou."
    assert ("Zorb Party", "controls", "Sedhiou") not in facts(text)
    assert ("Marak Front", "controls", "Sedhiou") in facts(text)


def test_government_forces_are_those_of_the_demonym_next_to_government():
    text = "The regime seized the town with the help of Russian and Syrian government air strikes. " \
           "The town lies near the government-controlled city of Homs."
    assert ("Russia", "controls", "Homs") not in facts(text)
    assert ("Syria", "controls", "Homs") in facts(text)


def test_the_town_is_not_the_city_named_for_a_region():
    text = "Ukrainian troops pushed back Russian forces in the area of Izium in the eastern part of {}. " \
           "But the Wagner Group said it took control of the town."
    assert ("Wagner Group", "controls", "Kharkiv") not in facts(text.format("the Kharkiv region"))
    assert ("Wagner Group", "controls", "Izium") in facts(text.format("the Kharkiv region"))


def test_a_stronghold_taken_is_no_longer_held_by_its_owner():
    """"captured the X stronghold of P" says X held P until then: X's hold has ended,
    whoever took it; a stronghold struck, or only defended, is still X's."""
    text = "Peruvian troops {} the FARC stronghold of Marquetalia on Saturday."
    assert ("FARC", "controls", "Marquetalia") not in facts(text.format("captured"))
    assert ("FARC", "controls", "Marquetalia") in facts(text.format("struck"))
    assert ("FARC", "controls", "Marquetalia") not in facts("The fall of the FARC stronghold of Marquetalia came on Saturday.")
    assert ("FARC", "controls", "Marquetalia") in facts("The defence of the FARC stronghold of Marquetalia came on Saturday.")


def test_a_name_the_text_calls_a_city_or_town_is_a_place():
    """The NER takes unknown two-word place names for people ("Abu Zorba"); "X city" or
    "X, a town ..." elsewhere in the text makes the name a place, which can be held."""
    taken = "Peruvian troops recaptured Abu Zorba on Monday."
    assert ("Peru", "controls", "Abu Zorba") in facts(taken + " The rebels had shelled Abu Zorba city for weeks.")
    assert ("Peru", "controls", "Abu Zorba") not in facts(taken + " The rebels had shelled Abu Zorba for weeks.")
    assert ("Peru", "controls", "Abu Zorba") in facts("Peruvian troops recaptured Abu Zorba, a town near the border.")
    assert ("Peru", "controls", "Abu Zorba") not in facts(
        "Peruvian troops recaptured Abu Zorba, a commander of the rebels.")
    assert ("Peru", "controls", "Maria Zorba") not in facts(taken.replace("Abu", "Maria") + " Maria Zorba town hall burned.")


def test_a_building_in_a_described_capital_is_the_venue():
    assert ("Oman", "hostsTalks", "Yemen") in facts(
        "Yemeni peace talks opened at a hotel in the Omani capital Muscat on Monday.")
    assert ("Oman", "hostsTalks", "Yemen") not in facts(
        "Yemeni peace talks were postponed at a hotel in the Omani capital Muscat on Monday.")


def test_the_opening_of_talks_is_held_where_they_are():
    text = "At a ceremonial {} the Yemeni peace talks at a hotel in the Omani capital Muscat, the delegations hugged."
    assert ("Oman", "hostsTalks", "Yemen") in facts(text.format("opening to"))
    assert ("Oman", "hostsTalks", "Yemen") not in facts(text.format("protest against"))


def test_sweeping_or_marching_into_a_town_is_entering_it():
    assert ("FARC", "controls", "Florencia") in facts("FARC fighters swept into Florencia on Sunday.")
    assert ("FARC", "controls", "Florencia") in facts("FARC fighters marched into Florencia unopposed.")
    assert ("FARC", "controls", "Florencia") not in facts("FARC fighters marched on Florencia.")
    assert ("Peru", "controls", "Chile") not in facts("Peruvian troops moved into Chile on Monday.")


def test_talks_on_hold_in_a_place_were_held_there():
    # "the talks, which have been on hold in C": talks suspended after they began were held there
    held = facts("The rebels say they are ready to resume peace talks with the Peruvian government. The talks, which "
                 "have been on hold in Quito since Saturday, seek to end the uprising.")
    assert ("Ecuador", "hostsTalks", "Peru") in held, held
    planned = facts("The rebels say they are ready to resume peace talks with the Peruvian government. The talks, which "
                    "will be in Quito next month, seek to end the uprising.")
    assert ("Ecuador", "hostsTalks", "Peru") not in planned, planned


def test_the_talks_of_an_unnamed_side_have_the_named_one():
    # "the rebels resumed talks with the government in C": the rebels are unnamed, the government is a party
    assert ("Ecuador", "hostsTalks", "Peru") in facts(
        "The rebels resumed talks in Quito with the Peruvian government on Monday.")
    assert ("Ecuador", "hostsTalks", "Peru") not in facts(
        "The rebels refused to resume talks in Quito with the Peruvian government on Monday.")


def test_who_comments_on_talks_does_not_place_them():
    # "In C, X welcomed the talks": C is where X spoke, not where the talks sit
    assert ("Ecuador", "hostsTalks", "FARC") not in facts("In Quito, Ecuador welcomed the talks between Peru and the FARC.")
    assert ("Ecuador", "hostsTalks", "FARC") in facts("Peru and the FARC held talks in Quito on Monday.")


def test_a_later_sentence_names_the_other_side_of_talks():
    # talks whose sentence names one side take the other from the next sentence about them
    text = "Rebel delegates and officials from the Peruvian government began talks in Quito on Monday. {}"
    assert ("Ecuador", "hostsTalks", "FARC") in facts(
        text.format("The discussions are aimed at ending the fighting between the FARC and the army."))
    assert ("Ecuador", "hostsTalks", "FARC") not in facts(text.format("The FARC said it would not attend."))


def test_an_organisations_head_who_presides_at_talks_convenes_them_for_it():
    # a person is no host, but the head of an organisation presiding at a meeting convenes it for the organisation
    text = "{} arrived in Lima on Monday. Ramirez presided at a meeting, including the leaders of Peru and Chile."
    held = facts(text.format("UN Secretary-General Jose Ramirez"))
    assert {("United Nations", "hostsTalks", "Peru"), ("United Nations", "hostsTalks", "Chile")} <= held, held
    assert not any(r == "hostsTalks" for _, r, _ in facts(text.format("Jose Ramirez, a retired judge,")))


def test_talks_that_were_hosted_by_a_state_are_its():
    # the passive clause whose subject the talks are names the host
    assert ("Qatar", "hostsTalks", "FARC") in facts("The talks between Peru and the FARC were hosted by Qatar.")
    assert ("Qatar", "hostsTalks", "FARC") not in facts("The talks between Peru and the FARC were backed by Qatar.")


def test_the_meeting_is_the_one_the_sentence_before_says_who_held():
    text = "Representatives of Peru and the FARC {} on Monday. The meeting {} hosted by the African Union."
    held = facts(text.format("are meeting", "is"))
    assert {("African Union", "hostsTalks", "Peru"), ("African Union", "hostsTalks", "FARC")} <= held, held
    assert ("African Union", "hostsTalks", "FARC") not in facts(text.format("will meet", "will be"))


def test_who_also_took_part_in_hosted_talks_is_a_party():
    text = "Qatar hosted talks between Peru and the FARC. Envoys of Chile {} part."
    assert ("Qatar", "hostsTalks", "Chile") in facts(text.format("also took"))
    assert ("Qatar", "hostsTalks", "Chile") not in facts(text.format("will also take"))


def test_a_government_named_by_its_seat_is_that_places_state():
    # "the junta in Bamako" is Mali's, not the state of the speaker named before it
    seat = facts("France said the junta in Bamako attacked Kidal.")
    assert ("Mali", "attacked", "Kidal") in seat and ("France", "attacked", "Kidal") not in seat
    assert ("France", "attacked", "Kidal") in facts("France said the government attacked Kidal.")


def test_a_backed_government_named_by_its_seat_is_the_backed_one():
    found = facts("Rwanda said the US-backed government in Kinshasa attacked Goma.")
    assert ("Democratic Republic of the Congo", "alliedWith", "United States") in found
    assert ("Rwanda", "alliedWith", "United States") not in found


def test_a_lead_that_describes_its_group_by_a_franchise_means_the_group_named_later():
    # news leads often say "X-linked militants" and name the group a sentence later
    text = ("Al-Qaeda-linked militants ambushed a convoy in the south.\n"
            "The Abu Sayyaf group later claimed the ambush. Abu Sayyaf fighters fled into the hills.")
    assert ("Abu Sayyaf", "alliedWith", "al-Qaeda") in facts(text)


def test_a_lead_description_is_no_group_its_own_sentence_names():
    # the group named beside the description is another side, not the one described
    text = ("Al-Qaeda-linked militants seized a town from the Abu Sayyaf group.\n"
            "Abu Sayyaf fighters fled into the hills. Abu Sayyaf vowed to return.")
    assert ("Abu Sayyaf", "alliedWith", "al-Qaeda") not in facts(text)
    twin = ("Al-Qaeda-linked militants seized a town from the army.\n"
            "Abu Sayyaf fighters later held it. Abu Sayyaf vowed to stay.")
    assert ("Abu Sayyaf", "alliedWith", "al-Qaeda") in facts(twin)


def test_a_lead_description_is_the_group_the_next_sentence_names_as_known_as():
    # "a group linked to X. The raiders, known as Y, ...": Y, though another group is named more often
    text = ("Seven Russian mercenaries died in a raid by a group linked to al-Qaeda. The raiders, known as the "
            "Ansaru Brigades, struck a Wagner Group camp near Gao. The Wagner Group has lost dozens of men in Mali.")
    assert ("Ansaru Brigades", "alliedWith", "al-Qaeda") in facts(text)
    assert ("Wagner Group", "alliedWith", "al-Qaeda") not in facts(text)


def test_a_state_backed_description_in_the_lead_names_no_one_group():
    # "Turkish-backed rebels" are a state's proxies, many groups; a franchise names one
    text = "{} militants seized a town in the north.\nAhrar al-Sham fighters held it. Ahrar al-Sham vowed to stay."
    assert ("Ahrar al-Sham", "alliedWith", "Turkey") not in facts(text.format("Turkish-backed"))
    assert ("Ahrar al-Sham", "alliedWith", "al-Qaeda") in facts(text.format("Al-Qaeda-linked"))


def test_where_unnamed_forces_were_hit_is_no_target():
    # the guideline's owner rule: forces are an actor even unnamed; the place they stood in is where
    at = facts("The Taliban carried out attacks on the security forces at Kandahar and Ghazni.")
    assert not {("Taliban", "attacked", p) for p in ("Kandahar", "Ghazni")} & at, at
    assert ("Taliban", "attacked", "Kandahar") in facts("The Taliban carried out an attack at Kandahar.")
    assert ("Taliban", "attacked", "Kandahar") in facts("The Taliban carried out an attack on a market in Kandahar.")


def test_a_fight_against_forces_in_a_region_is_no_attack_on_the_region():
    battles = facts("Sudanese forces fought battles against Chad's troops in many parts of the western "
                    "Darfur region.")
    assert ("Sudan", "attacked", "Darfur") not in battles, battles
    assert ("Sudan", "attacked", "Darfur") in facts("Sudanese forces shelled several towns in the Darfur region.")


def test_a_capital_owning_forces_stands_for_its_state():
    fought = facts("Russian forces fought Tbilisi's troops near the river.")
    assert ("Russia", "attacked", "Georgia") in fought, fought
    assert ("Russia", "attacked", "Tbilisi") in facts("Russian jets bombed Tbilisi's airport.")


def test_a_unit_of_a_states_army_is_the_state():
    # "the army's 25th Infantry Battalion": a part of the state's force, not a party of its own
    lead = "Nigerian officials said Boko Haram fighters ambushed members of "
    unit = facts(lead + "the army's 25th Infantry Battalion near Bama.")
    assert ("Boko Haram", "attacked", "Nigeria") in unit, unit
    named = facts(lead + "the Desert Falcon Battalion near Bama.")
    assert ("Boko Haram", "attacked", "Desert Falcon Battalion") in named, named


def test_rivals_clashing_in_a_debate_fought_no_one():
    # a contest, not violence: the arena a reciprocal clash is "in" can be a debate
    debate = facts("Jean Dupont and Marie Laurent clash in a radio debate in Lyon.")
    assert ("Jean Dupont", "attacked", "Marie Laurent") not in debate, debate
    street = facts("Jean Dupont and Marie Laurent clash in a street in Lyon.")
    assert ("Jean Dupont", "attacked", "Marie Laurent") in street, street


def test_a_unit_numbered_after_its_noun_is_no_party():
    # "Brigade 46", like "the 46th Brigade", is a numbered unit of someone's forces, not a group's name
    numbered = facts("Syrian troops captured the Brigade 46 base outside the town.")
    assert ("Syria", "attacked", "Brigade") not in numbered, numbered
    named = facts("Syrian troops captured the Sultan Murad Brigade base outside the town.")
    assert ("Syria", "attacked", "Sultan Murad Brigade") in named, named


def test_an_airline_named_after_a_state_is_a_company_not_the_state():
    # "Air X" is a company: its alliance is commerce, and the state X is no party to it
    airline = facts("Air Chad became the fifth member of the Sahel Alliance.")
    assert not any("Chad" in (s, o) for s, r, o in airline if r == "alliedWith"), airline
    assert ("Chad", "alliedWith", "Sahel Alliance") in facts("Chad became the fifth member of the Sahel Alliance.")


def test_forces_named_only_by_their_backer_are_no_state_of_the_text():
    # "US-backed forces" are the backer's proxies, not the home state's own army
    found = facts("Turkey shelled US-backed forces in northern Syria on Monday.")
    assert ("Turkey", "alliedWith", "United States") not in found
    twin = facts("Iraqi troops and US-backed government forces retook the town.")
    assert ("Iraq", "alliedWith", "United States") in twin


def test_a_day_named_with_on_is_not_whom_an_attack_hit():
    # "on Tuesday" is when: the base's owner is still whom missiles fired at it hit
    hit = ("Houthis", "attacked", "Saudi Arabia")
    assert hit in facts("Houthi fighters fired rockets at a Saudi army base near the border on Monday.")
    assert hit in facts("Houthi fighters fired rockets at a Saudi army base near the border.")
    assert ("Taliban", "attacked", "Kandahar") not in facts(
        "The Taliban carried out attacks on the security forces at Kandahar on Monday.")


def test_an_abbreviated_name_before_a_hyphen_backs_the_noun():
    # "U.S.-backed": the tokenizer split no hyphen after the abbreviation's period, so the name went unread
    backed = facts("The U.N.-backed Kalora Task Force sent more troops to the border.")
    assert ("Kalora Task Force", "alliedWith", "United Nations") in backed, backed
    # "U.N.-based": a hyphen word that is no backing gives nothing
    based = facts("The U.N.-based Kalora Task Force sent more troops to the border.")
    assert ("Kalora Task Force", "alliedWith", "United Nations") not in based, based


def test_an_x_led_strike_acts_for_its_leader():
    # "US-led air strikes" are the leader's, as "the US-led coalition" is
    struck = facts("U.S.-led airstrikes killed 20 fighters of the Islamic State near Mosul.")
    assert ("United States", "attacked", "ISIL") in struck, struck
    backed = facts("Iraqi forces, backed by US-led air strikes, started their offensive.")
    assert ("Iraq", "alliedWith", "United States") in backed, backed
    # a leader named in passing is not the striker
    assert ("United States", "attacked", "ISIL") not in facts(
        "Airstrikes killed 20 fighters of the Islamic State near Mosul, a U.S. official said.")


def test_a_participle_clause_by_a_backers_support_backs_the_subject():
    # whatever the participle ("emboldened", "buoyed"), "by X's support" names a backer
    assert ("Azerbaijan", "alliedWith", "Turkey") in facts(
        "Encouraged by Turkish support, Azerbaijan says its troops have retaken two villages.")
    assert ("Syria", "alliedWith", "Russia") in facts(
        "Buoyed by Russian air support, Syrian troops retook the town of Karota.")
    # support that names no actor, or a modifier that is no backer, gives no ally
    found = facts("Emboldened by popular support, the Houthis seized the capital.")
    assert not any(r == "alliedWith" for _, r, _ in found), found
    assert ("Azerbaijan", "alliedWith", "Turkey") not in facts(
        "Emboldened by the fall of the Turkish border town, Azerbaijan says it has retaken much of the land.")


def test_sentence_hooks_are_gone_when_extraction_ends_even_on_error(monkeypatch):
    # kg.relations.extract.sentences_indexed answers .sent/.sents from hooks only while extraction runs
    from kg.relations import extract
    text = "The FARC seized Karota on Monday. Peru and Chile met in Talvera."
    doc = load_nlp()(text)
    extract_document(doc, Document(id="t", text=text))
    assert (doc.user_hooks, doc.user_token_hooks, doc.user_span_hooks) == ({}, {}, {})
    assert [s.text for s in doc.sents] == ["The FARC seized Karota on Monday.", "Peru and Chile met in Talvera."]

    def fail(*_):
        assert "sent" in doc.user_token_hooks  # set while extraction runs
        raise RuntimeError("boom")
    monkeypatch.setattr(extract, "_extract", fail)
    with pytest.raises(RuntimeError):
        extract_document(doc, Document(id="t", text=text))
    assert (doc.user_hooks, doc.user_token_hooks, doc.user_span_hooks) == ({}, {}, {})


# --- alliedWith: how news states membership, wings and pacts (issue 8) ------------------
def test_a_list_of_names_glossed_by_acronyms_is_read_whole():
    # the parser hangs "B (BB) and C (CC)" on the verb after the dash: still the list's items
    found = facts("The Northern Alliance — made up of the Kachin Independence Army (KIA), the Karen "
                  "National Union (KNU) and the Shan State Army (SSA) — said it had taken the base.")
    assert ("Karen National Union", "alliedWith", "Northern Alliance") in found, found
    assert ("Shan State Army", "alliedWith", "Northern Alliance") in found, found
    # names without acronyms after a finished clause stay apart
    found = facts("The Northern Alliance is made up of the Kachin Independence Army (KIA), "
                  "officials said, and the Karen National Union (KNU) denied it.")
    assert ("Karen National Union", "alliedWith", "Northern Alliance") not in found, found


def test_an_arabic_army_of_name_is_a_group_not_a_person():
    # "Jaysh al-X" (army of the X) is a group even when the NER reads it as a man's name
    assert ("Jaysh al-Wadi", "alliedWith", "Southern Front") in facts(
        "The Southern Front now includes tribal militias like Jaysh al-Wadi.")
    # a man's name is still no member
    assert ("Omar Wadi", "alliedWith", "Southern Front") not in facts(
        "The Southern Front now includes tribal militias like that of Omar Wadi.")


def test_a_groups_military_arm_is_its_wing():
    assert ("Qassam Brigades", "alliedWith", "Hamas") in facts(
        "The Qassam Brigades, the military arm of Hamas, fired rockets on Monday.")
    # an arm that is no group's wing (a limb, weapons) names no ally
    found = facts("The Qassam Brigades said Hamas had lost an arm in the blast.")
    assert ("Qassam Brigades", "alliedWith", "Hamas") not in found, found


def test_those_who_join_forces_together_are_allied():
    assert ("Houthis", "alliedWith", "Southern Movement") in facts(
        "The Houthis and the Southern Movement joined forces last year.")
    # refusing to join forces joins none
    found = facts("The Houthis and the Southern Movement refused to join forces.")
    assert ("Houthis", "alliedWith", "Southern Movement") not in found, found


def test_having_a_defence_pact_with_a_state_allies_them():
    found = facts("Tensions rose, while France has a defence pact with Djibouti and a naval base there.")
    assert ("France", "alliedWith", "Djibouti") in found, found
    # a peace treaty is no alliance, and the base beside the partner is no party
    assert ("Egypt", "alliedWith", "Israel") not in facts("Egypt has a peace treaty with Israel.")
    assert not any(r == "alliedWith" and "Djibouti" not in (s, o) for s, r, o in found), found


def test_a_claim_the_sentence_calls_a_denied_charge_is_no_fact():
    # "a charge / a claim that X rejects" on what is told makes it disputed, as "accused ... of" does
    modes = candidates("Kenya says Eritrea backs al-Shabaab, a charge Eritrea firmly rejects.")
    assert modes.get(("Eritrea", "alliedWith", "al-Shabaab")) == "denied", modes
    # the same claim told without the denial stays a fact, and so does one beside a report denying nothing
    assert ("Eritrea", "alliedWith", "al-Shabaab") in facts("Kenya says Eritrea backs al-Shabaab.")
    assert ("Eritrea", "alliedWith", "al-Shabaab") in facts(
        "Eritrea backs al-Shabaab, and the report denies nothing.")


def test_a_named_groups_movement_is_the_group_not_the_demonyms_state():
    # "the Lebanese X movement": the group named on the noun, not Lebanon
    found = facts("Iran arms the Lebanese Hezbollah movement.")
    assert ("Iran", "alliedWith", "Hezbollah") in found, found
    assert ("Iran", "alliedWith", "Lebanon") not in found, found
    # a state's own force still stands for the state
    assert ("Iran", "alliedWith", "Lebanon") in facts("Iran arms the Lebanese army.")


def test_receiving_a_states_military_aid_allies_them():
    assert ("Chad", "alliedWith", "France") in facts(
        "Chad has received more than $1 billion in French military aid since 2010.")
    assert ("Chad", "alliedWith", "France") in facts("Chad received military assistance from France last year.")
    # humanitarian aid, or aid named by no military word, is no backing in force
    found = facts("Chad has received more than $1 billion in French humanitarian aid since 2010.")
    assert ("Chad", "alliedWith", "France") not in found, found
    assert ("Chad", "alliedWith", "France") not in facts("Chad received aid from France last year.")


def test_troops_a_clause_brings_to_help_an_army_are_their_states_help():
    # the verb's subject is no actor ("the fighting drew ..."): the troops it moved do the helping
    assert ("Chad", "alliedWith", "Niger") in facts("The fighting drew Chadian soldiers into Niger to help the Nigerien army.")
    # troops moved to help no army, or with no state of their own, name no ally
    found = facts("The fighting drew Chadian soldiers into Niger to help the refugees.")
    assert ("Chad", "alliedWith", "Niger") not in found, found


def test_two_backing_participles_share_their_agent():
    # "trained and armed by X": the agent hangs on the second participle, said of both
    assert ("Southern Movement", "alliedWith", "Oman") in facts(
        "The rebels lost ground to the Southern Movement, which has been funded and armed by Oman.")
    assert ("Southern Movement", "alliedWith", "Oman") in facts("The Southern Movement was trained and armed by Oman.")
    # a second verb that is no backing ("trained and later attacked by") gives none; negation reaches both
    assert ("Southern Movement", "alliedWith", "Oman") not in facts(
        "The Southern Movement was trained and later attacked by Oman.")
    assert ("Southern Movement", "alliedWith", "Oman") not in facts(
        "The Southern Movement was not trained and armed by Oman.")


def test_a_place_said_to_be_a_stronghold_is_held_by_its_owner():
    # a stronghold as the predicate ("P is / serves as an X stronghold") is said of P
    assert ("FARC", "controls", "Marquetalia") in facts("The town of Marquetalia is a FARC stronghold in the south.")
    assert ("FARC", "controls", "Marquetalia") in facts("The town of Marquetalia serves as a stronghold of the FARC.")
    # a predicate that denies it, or a past one, holds nothing now
    assert ("FARC", "controls", "Marquetalia") not in facts("The town of Marquetalia is not a FARC stronghold.")
    assert ("FARC", "controls", "Marquetalia") not in facts("The town of Marquetalia was once a FARC stronghold.")


def test_a_relative_pronoun_reported_by_a_speaker_stands_for_its_noun():
    # "P, which officials say fell to X": the pronoun is the subject of what the clause reports
    text = "Peruvian jets struck Marquetalia, which officials {} had fallen to the FARC."
    assert ("FARC", "controls", "Marquetalia") in facts(text.format("said"))
    # a clause that only accuses, or that says what the speaker denies, asserts nothing
    assert ("FARC", "controls", "Marquetalia") not in facts(text.format("denied"))


def test_troops_sent_to_help_a_state_are_their_states_help():
    # the passive of "X sent troops to help Y": the troops' state helps Y
    assert ("Chad", "alliedWith", "Niger") in facts("Chadian soldiers were sent to help Niger against the insurgents.")
    # troops with no state of their own, or sent to help no named actor, name no ally
    assert ("Chad", "alliedWith", "Niger") not in facts("Soldiers were sent to help Niger against the insurgents.")
    assert ("Chad", "alliedWith", "Niger") not in facts("Chadian soldiers were sent to help evacuate Niger's refugees.")


def test_a_run_on_linking_participle_before_a_clause_is_the_names_modifier():
    # "The X linked Y claimed ...": the parser reads "X linked" as a clause with Y's clause under
    # it, but a linking participle takes no clause: Y is the one linked to X
    assert ("al-Shabaab", "alliedWith", "al-Qaeda") in facts("The al-Qaeda linked al-Shabaab claimed the raid.")
    # a verb that does take a clause ("said") links nobody
    assert ("al-Shabaab", "alliedWith", "al-Qaeda") not in facts("The al-Qaeda said al-Shabaab claimed the raid.")


def test_a_state_that_is_part_of_a_named_mission_is_its_member():
    # a mission or force named as such (its name or alias says it) counts as a coalition
    assert ("Chad", "alliedWith", "MINUSMA") in facts("Chadian soldiers, who are part of MINUSMA, patrol the airfield.")
    assert ("Chad", "alliedWith", "MINUSMA") not in facts("Chadian soldiers, who are not part of MINUSMA, patrol the airfield.")


def test_the_groups_that_make_up_a_named_alliance_are_its_members():
    # the active of "the X Alliance, made up of A and B": the subjects are its members
    text = "The Kachin Independence Army and the Chin National Front {} the Northern Hills Alliance."
    found = facts(text.format("make up"))
    assert ("Kachin Independence Army", "alliedWith", "Northern Hills Alliance") in found, found
    assert ("Kachin Independence Army", "alliedWith", "Northern Hills Alliance") not in facts(text.format("fought"))
    assert ("Kachin Independence Army", "alliedWith", "Northern Hills Alliance") in facts(text.format("formed"))
    # "X forms part of Y" says what "X is part of Y" says
    assert ("Kachin Independence Army", "alliedWith", "Northern Hills Alliance") in facts(
        "The Kachin Independence Army, which forms part of the Northern Hills Alliance, shelled the base.")
    # making up a share of a population or a force's bulk names no named coalition
    assert not {f for f in facts("Kachin people make up the majority of Myitkyina.") if f[1] == "alliedWith"}


def test_a_relative_clause_after_a_distance_phrase_is_said_of_the_place_before_it():
    # "P, 30 miles north of Q, which ...": the clause is said of P, not of Q
    text = "The column reached Marquetalia, about 30 miles north of {}, which officials said had fallen to the FARC."
    found = facts(text.format("Neiva"))
    assert ("FARC", "controls", "Marquetalia") in found, found
    assert ("FARC", "controls", "Neiva") not in found, found
    # with no distance phrase between them, the clause is said of the nearer name
    found = facts("The column left Marquetalia for Neiva, which officials said had fallen to the FARC.")
    assert ("FARC", "controls", "Neiva") in found, found


def test_a_partitive_them_after_a_comma_counts_out_the_phrase_before_it():
    # "a mix of militias, most of them loyal to Y": them are those militias, not the last subject named
    text = "The Cauca Front shelled Marcona. {}, most of them loyal to the Tumbes Brigade, have joined the fighting."
    unnamed = facts(text.format("A mix of militias"))
    assert ("Cauca Front", "alliedWith", "Tumbes Brigade") not in unnamed, unnamed
    named = facts(text.format("The Huila Brigade"))
    assert ("Huila Brigade", "alliedWith", "Tumbes Brigade") in named, named
    # the phrase before the comma may itself describe a name: "X, a coalition of groups, some of them ..."
    umbrella = facts("The Huila Front, a coalition of armed groups, some of them backed by the Tumbes Brigade, shelled Marcona.")
    assert ("Huila Front", "alliedWith", "Tumbes Brigade") in umbrella, umbrella


def test_the_capital_is_the_last_states_capital_named_not_the_last_town():
    # "the capital" with no word of its own: the state capital named before, not the town named last
    text = "The FARC seized the town of Marcona, 60 km north of {}, on Monday. Its fighters later shelled the capital."
    found = facts(text.format("Lima"))
    assert ("FARC", "attacked", "Lima") in found, found
    assert ("FARC", "attacked", "Marcona") not in found, found
