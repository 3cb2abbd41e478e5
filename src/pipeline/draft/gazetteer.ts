/**
 * The countries the drafter knows: name; capital; demonyms (/-separated); other names
 * (comma-separated). Hand-checked, one line each, so the bundle stays small (a library such as
 * i18n-iso-countries brings every language's names and no capitals or demonyms). A capital is
 * an alias because news writes "Moscow said" for Russia; a demonym is a mention because
 * "a Venezuelan delegation" is about Venezuela.
 */
const COUNTRIES = `Afghanistan;Kabul;Afghan
Albania;Tirana;Albanian
Algeria;Algiers;Algerian
Andorra;Andorra la Vella;Andorran
Angola;Luanda;Angolan
Antigua and Barbuda;St. John's;Antiguan
Argentina;Buenos Aires;Argentine/Argentinian
Armenia;Yerevan;Armenian
Australia;Canberra;Australian
Austria;Vienna;Austrian
Azerbaijan;Baku;Azerbaijani
Bahamas;Nassau;Bahamian
Bahrain;Manama;Bahraini
Bangladesh;Dhaka;Bangladeshi
Barbados;Bridgetown;Barbadian
Belarus;Minsk;Belarusian
Belgium;Brussels;Belgian
Belize;Belmopan;Belizean
Benin;Porto-Novo;Beninese
Bhutan;Thimphu;Bhutanese
Bolivia;Sucre;Bolivian;La Paz
Bosnia and Herzegovina;Sarajevo;Bosnian;Bosnia
Botswana;Gaborone;Botswanan
Brazil;Brasilia;Brazilian;Brasília
Brunei;Bandar Seri Begawan;Bruneian
Bulgaria;Sofia;Bulgarian
Burkina Faso;Ouagadougou;Burkinabe
Burundi;Gitega;Burundian
Cambodia;Phnom Penh;Cambodian
Cameroon;Yaounde;Cameroonian;Yaoundé
Canada;Ottawa;Canadian
Cape Verde;Praia;Cape Verdean;Cabo Verde
Central African Republic;Bangui;Central African
Chad;N'Djamena;Chadian
Chile;Santiago;Chilean
China;Beijing;Chinese;PRC
Colombia;Bogota;Colombian;Bogotá
Comoros;Moroni;Comorian
Democratic Republic of the Congo;Kinshasa;Congolese;DRC,DR Congo
Republic of the Congo;Brazzaville;
Costa Rica;San Jose;Costa Rican
Croatia;Zagreb;Croatian
Cuba;Havana;Cuban
Cyprus;Nicosia;Cypriot
Czech Republic;Prague;Czech;Czechia
Denmark;Copenhagen;Danish
Djibouti;;Djiboutian
Dominica;Roseau;Dominican
Dominican Republic;Santo Domingo;
Ecuador;Quito;Ecuadorian
Egypt;Cairo;Egyptian
El Salvador;San Salvador;Salvadoran
Equatorial Guinea;Malabo;Equatoguinean
Eritrea;Asmara;Eritrean
Estonia;Tallinn;Estonian
Eswatini;Mbabane;Swazi;Swaziland
Ethiopia;Addis Ababa;Ethiopian
Fiji;Suva;Fijian
Finland;Helsinki;Finnish
France;Paris;French
Gabon;Libreville;Gabonese
Gambia;Banjul;Gambian
Georgia;Tbilisi;Georgian
Germany;Berlin;German
Ghana;Accra;Ghanaian
Greece;Athens;Greek
Grenada;St. George's;Grenadian
Guatemala;Guatemala City;Guatemalan
Guinea;Conakry;Guinean
Guinea-Bissau;Bissau;Bissau-Guinean
Guyana;Georgetown;Guyanese
Haiti;Port-au-Prince;Haitian
Honduras;Tegucigalpa;Honduran
Hungary;Budapest;Hungarian
Iceland;Reykjavik;Icelandic
India;New Delhi;Indian
Indonesia;Jakarta;Indonesian
Iran;Tehran;Iranian
Iraq;Baghdad;Iraqi
Ireland;Dublin;Irish
Israel;Jerusalem;Israeli
Italy;Rome;Italian
Ivory Coast;Yamoussoukro;Ivorian;Cote d'Ivoire,Côte d'Ivoire
Jamaica;Kingston;Jamaican
Japan;Tokyo;Japanese
Jordan;Amman;Jordanian
Kazakhstan;Astana;Kazakh
Kenya;Nairobi;Kenyan
Kiribati;Tarawa;
Kosovo;Pristina;Kosovar
Kuwait;Kuwait City;Kuwaiti
Kyrgyzstan;Bishkek;Kyrgyz
Laos;Vientiane;Lao/Laotian
Latvia;Riga;Latvian
Lebanon;Beirut;Lebanese
Lesotho;Maseru;
Liberia;Monrovia;Liberian
Libya;Tripoli;Libyan
Liechtenstein;Vaduz;
Lithuania;Vilnius;Lithuanian
Luxembourg;;Luxembourgish
Madagascar;Antananarivo;Malagasy
Malawi;Lilongwe;Malawian
Malaysia;Kuala Lumpur;Malaysian
Maldives;;Maldivian
Mali;Bamako;Malian
Malta;Valletta;Maltese
Marshall Islands;Majuro;
Mauritania;Nouakchott;Mauritanian
Mauritius;Port Louis;Mauritian
Mexico;Mexico City;Mexican
Micronesia;Palikir;Micronesian
Moldova;Chisinau;Moldovan
Monaco;;Monegasque
Mongolia;Ulaanbaatar;Mongolian
Montenegro;Podgorica;Montenegrin
Morocco;Rabat;Moroccan
Mozambique;Maputo;Mozambican
Myanmar;Naypyidaw;Burmese;Burma
Namibia;Windhoek;Namibian
Nauru;;Nauruan
Nepal;Kathmandu;Nepali/Nepalese
Netherlands;Amsterdam;Dutch;Holland,The Hague
New Zealand;Wellington;New Zealander
Nicaragua;Managua;Nicaraguan
Niger;Niamey;Nigerien
Nigeria;Abuja;Nigerian
North Korea;Pyongyang;North Korean;DPRK,Democratic People's Republic of Korea
North Macedonia;Skopje;Macedonian;Macedonia
Norway;Oslo;Norwegian
Oman;Muscat;Omani
Pakistan;Islamabad;Pakistani
Palau;Ngerulmud;Palauan
Palestine;Ramallah;Palestinian
Panama;Panama City;Panamanian
Papua New Guinea;Port Moresby;Papua New Guinean
Paraguay;Asuncion;Paraguayan;Asunción
Peru;Lima;Peruvian
Philippines;Manila;Philippine/Filipino
Poland;Warsaw;Polish
Portugal;Lisbon;Portuguese
Qatar;Doha;Qatari
Romania;Bucharest;Romanian
Russia;Moscow;Russian;Russian Federation,Kremlin
Rwanda;Kigali;Rwandan
Saint Kitts and Nevis;Basseterre;
Saint Lucia;Castries;Saint Lucian
Saint Vincent and the Grenadines;Kingstown;
Samoa;Apia;Samoan
San Marino;;Sammarinese
Sao Tome and Principe;Sao Tome;
Saudi Arabia;Riyadh;Saudi;KSA
Senegal;Dakar;Senegalese
Serbia;Belgrade;Serbian
Seychelles;Victoria;Seychellois
Sierra Leone;Freetown;Sierra Leonean
Singapore;;Singaporean
Slovakia;Bratislava;Slovak
Slovenia;Ljubljana;Slovenian/Slovene
Solomon Islands;Honiara;
Somalia;Mogadishu;Somali
South Africa;Pretoria;South African
South Korea;Seoul;South Korean;Republic of Korea
South Sudan;Juba;South Sudanese
Spain;Madrid;Spanish
Sri Lanka;Colombo;Sri Lankan
Sudan;Khartoum;Sudanese
Suriname;Paramaribo;Surinamese
Sweden;Stockholm;Swedish
Switzerland;Bern;Swiss
Syria;Damascus;Syrian
Taiwan;Taipei;Taiwanese
Tajikistan;Dushanbe;Tajik
Tanzania;Dodoma;Tanzanian
Thailand;Bangkok;Thai
Timor-Leste;Dili;Timorese;East Timor
Togo;Lome;Togolese;Lomé
Tonga;Nuku'alofa;Tongan
Trinidad and Tobago;Port of Spain;Trinidadian
Tunisia;Tunis;Tunisian
Turkey;Ankara;Turkish;Türkiye,Turkiye
Turkmenistan;Ashgabat;Turkmen
Tuvalu;Funafuti;Tuvaluan
Uganda;Kampala;Ugandan
Ukraine;Kyiv;Ukrainian;Kiev
United Arab Emirates;Abu Dhabi;Emirati;UAE
United Kingdom;London;British;UK,U.K,Britain,Great Britain
United States;Washington;American;US,U.S,USA,U.S.A,United States of America
Uruguay;Montevideo;Uruguayan
Uzbekistan;Tashkent;Uzbek
Vanuatu;Port Vila;
Vatican City;;;Holy See,Vatican
Venezuela;Caracas;Venezuelan
Vietnam;Hanoi;Vietnamese;Viet Nam
Yemen;Sanaa;Yemeni;Sana'a
Zambia;Lusaka;Zambian
Zimbabwe;Harare;Zimbabwean`;

/** How a name refers to its country: by name (or another name), capital or demonym. */
export type CountryNameKind = "name" | "capital" | "demonym";

export interface Country {
  readonly name: string;
  readonly capital: string;
  readonly demonyms: readonly string[];
  readonly aliases: readonly string[];
}

export interface CountryName {
  readonly country: Country;
  readonly kind: CountryNameKind;
}

function parse(): Country[] {
  return COUNTRIES.split("\n").map((line) => {
    const [name = "", capital = "", demonyms = "", aliases = ""] = line.split(";");
    return {
      name,
      capital,
      demonyms: demonyms ? demonyms.split("/") : [],
      aliases: aliases ? aliases.split(",") : [],
    };
  });
}

let byName: Map<string, CountryName> | null = null;

/**
 * Every name, capital and demonym → its country, exact case ("US" is a country, "us" is not).
 * Built on first use. Where two countries share a word (Dominican), the name wins over a
 * demonym and the first country listed over a later one.
 */
export function countryNames(): ReadonlyMap<string, CountryName> {
  if (byName) return byName;
  const map = new Map<string, CountryName>();
  const add = (word: string, country: Country, kind: CountryNameKind) => {
    const known = map.get(word);
    if (word && (!known || (known.kind !== "name" && kind === "name")))
      map.set(word, { country, kind });
  };
  for (const c of parse()) {
    add(c.name, c, "name");
    for (const a of c.aliases) add(a, c, "name");
    add(c.capital, c, "capital");
    for (const d of c.demonyms) add(d, c, "demonym");
  }
  byName = map;
  return map;
}

/** How many words the longest country name has (the matcher's look-ahead). */
export const LONGEST_COUNTRY_NAME = 6;
