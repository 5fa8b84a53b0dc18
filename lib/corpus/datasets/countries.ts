/**
 * Country names as the Security Council datasets write them (raw names, Correlates of War names,
 * title-cased names such as "United States Of America") → ISO 3166-1 alpha-3 codes, the codes the
 * rest of the workbook groups speakers by. Kosovo has no ISO code; XKX (the code the EU and the IMF
 * use) stands for it. Speakers that are not states (the Secretariat, an NGO, a briefer) get "".
 */

/** `ISO3|name|other names…`: the first name is the one shown. */
const TABLE = `AFG|Afghanistan
ALB|Albania
DZA|Algeria
AND|Andorra
AGO|Angola
ATG|Antigua and Barbuda
ARG|Argentina
ARM|Armenia
AUS|Australia
AUT|Austria
AZE|Azerbaijan
BHS|Bahamas
BHR|Bahrain
BGD|Bangladesh
BRB|Barbados
BLR|Belarus|Byelorussian Soviet Socialist Republic|Byelorussian SSR
BEL|Belgium
BLZ|Belize
BEN|Benin|Dahomey
BTN|Bhutan
BOL|Bolivia|Bolivia Plurinational State of
BIH|Bosnia and Herzegovina
BWA|Botswana
BRA|Brazil
BRN|Brunei Darussalam|Brunei
BGR|Bulgaria
BFA|Burkina Faso|Upper Volta
BDI|Burundi
CPV|Cabo Verde|Cape Verde
KHM|Cambodia|Kampuchea|Democratic Kampuchea
CMR|Cameroon
CAN|Canada
CAF|Central African Republic
TCD|Chad
CHL|Chile
CHN|China|People's Republic of China|China People's Republic of
COL|Colombia
COM|Comoros
COG|Congo|Republic of the Congo|Congo Brazzaville
COD|Democratic Republic of the Congo|Congo Democratic Republic of|Zaire|DR Congo
CRI|Costa Rica
CIV|Côte d'Ivoire|Cote d'Ivoire|Ivory Coast
HRV|Croatia
CUB|Cuba
CYP|Cyprus
CZE|Czechia|Czech Republic
CSK|Czechoslovakia
PRK|Democratic People's Republic of Korea|North Korea|Korea Democratic People's Republic of
DNK|Denmark
DJI|Djibouti
DMA|Dominica
DOM|Dominican Republic
ECU|Ecuador
EGY|Egypt|United Arab Republic
SLV|El Salvador
GNQ|Equatorial Guinea
ERI|Eritrea
EST|Estonia
SWZ|Eswatini|Swaziland
ETH|Ethiopia
FJI|Fiji
FIN|Finland
FRA|France
GAB|Gabon
GMB|Gambia
GEO|Georgia
DEU|Germany|Federal Republic of Germany|German Federal Republic|West Germany
DDR|German Democratic Republic|East Germany
GHA|Ghana
GRC|Greece
GRD|Grenada
GTM|Guatemala
GIN|Guinea
GNB|Guinea-Bissau|Guinea Bissau
GUY|Guyana
HTI|Haiti
HND|Honduras
HUN|Hungary
ISL|Iceland
IND|India
IDN|Indonesia
IRN|Iran|Iran Islamic Republic of|Islamic Republic of Iran
IRQ|Iraq
IRL|Ireland
ISR|Israel
ITA|Italy
JAM|Jamaica
JPN|Japan
JOR|Jordan
KAZ|Kazakhstan
KEN|Kenya
KIR|Kiribati
XKX|Kosovo
KWT|Kuwait
KGZ|Kyrgyzstan
LAO|Lao People's Democratic Republic|Laos
LVA|Latvia
LBN|Lebanon
LSO|Lesotho
LBR|Liberia
LBY|Libya|Libyan Arab Jamahiriya
LIE|Liechtenstein
LTU|Lithuania
LUX|Luxembourg
MDG|Madagascar
MWI|Malawi
MYS|Malaysia
MDV|Maldives
MLI|Mali
MLT|Malta
MHL|Marshall Islands
MRT|Mauritania
MUS|Mauritius
MEX|Mexico
FSM|Micronesia|Micronesia Federated States of
MCO|Monaco
MNG|Mongolia
MNE|Montenegro
MAR|Morocco
MOZ|Mozambique
MMR|Myanmar|Burma
NAM|Namibia
NRU|Nauru
NPL|Nepal
NLD|Netherlands|Kingdom of the Netherlands
NZL|New Zealand
NIC|Nicaragua
NER|Niger
NGA|Nigeria
MKD|North Macedonia|The former Yugoslav Republic of Macedonia|Former Yugoslav Republic of Macedonia|Macedonia
NOR|Norway
OMN|Oman
PAK|Pakistan
PLW|Palau
PAN|Panama
PNG|Papua New Guinea
PRY|Paraguay
PER|Peru
PHL|Philippines
POL|Poland
PRT|Portugal
QAT|Qatar
KOR|Republic of Korea|South Korea|Korea Republic of|Korea
MDA|Republic of Moldova|Moldova
ROU|Romania
RUS|Russian Federation|Russia|Union of Soviet Socialist Republics|USSR|Soviet Union
RWA|Rwanda
KNA|Saint Kitts and Nevis
LCA|Saint Lucia
VCT|Saint Vincent and the Grenadines
WSM|Samoa
SMR|San Marino
STP|Sao Tome and Principe|São Tomé and Príncipe
SAU|Saudi Arabia
SEN|Senegal
SRB|Serbia
SCG|Serbia and Montenegro
YUG|Yugoslavia|Federal Republic of Yugoslavia|Socialist Federal Republic of Yugoslavia
SYC|Seychelles
SLE|Sierra Leone
SGP|Singapore
SVK|Slovakia
SVN|Slovenia
SLB|Solomon Islands
SOM|Somalia
ZAF|South Africa
SSD|South Sudan
ESP|Spain
LKA|Sri Lanka|Ceylon
SDN|Sudan
SUR|Suriname
SWE|Sweden
CHE|Switzerland
SYR|Syrian Arab Republic|Syria
TJK|Tajikistan
THA|Thailand
TLS|Timor-Leste|East Timor
TGO|Togo
TON|Tonga
TTO|Trinidad and Tobago
TUN|Tunisia
TUR|Türkiye|Turkey|Turkiye
TKM|Turkmenistan
TUV|Tuvalu
UGA|Uganda
UKR|Ukraine|Ukrainian Soviet Socialist Republic|Ukrainian SSR
ARE|United Arab Emirates
GBR|United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|Great Britain
TZA|United Republic of Tanzania|Tanzania
USA|United States|United States of America|USA|US
URY|Uruguay
UZB|Uzbekistan
VUT|Vanuatu
VEN|Venezuela|Venezuela Bolivarian Republic of
VNM|Viet Nam|Vietnam
YEM|Yemen
ZMB|Zambia
ZWE|Zimbabwe
VAT|Holy See
PSE|State of Palestine|Palestine`;

/**
 * A name folded for lookup: lower case, no diacritics, "&" → "and", punctuation and a leading
 * "the" dropped, spaces collapsed.
 *
 * @example foldCountryName("United States Of America") // "united states of america"
 */
export function foldCountryName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.,()'’"-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

const BY_NAME = new Map<string, { iso3: string; name: string }>();
for (const line of TABLE.split("\n")) {
  const [iso3, ...names] = line.split("|");
  for (const n of names) BY_NAME.set(foldCountryName(n), { iso3, name: names[0] });
}

/** Names already looked up: a 0.5 GB dataset names the same few hundred countries 170,000 times. */
const SEEN = new Map<string, { iso3: string; name: string }>();

/**
 * The ISO alpha-3 code and shown name of a country name as a dataset writes it; code "" (and the
 * name as given) when it is not a state the table knows (the Secretariat, an organisation, a person).
 *
 * @example countryCode("United States Of America") // { iso3: "USA", name: "United States" }
 * @example countryCode("UN") // { iso3: "", name: "UN" }
 */
export function countryCode(name: string): { iso3: string; name: string } {
  const seen = SEEN.get(name);
  if (seen) return seen;
  const found = BY_NAME.get(foldCountryName(name)) ?? { iso3: "", name: name.trim() };
  if (SEEN.size >= 10_000) SEEN.clear(); // a dataset has a few hundred spellings; this only bounds the memory
  SEEN.set(name, found);
  return found;
}
