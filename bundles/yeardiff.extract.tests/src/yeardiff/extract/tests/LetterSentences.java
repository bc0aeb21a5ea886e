package yeardiff.extract.tests;

/**
 * Sentences copied from the five sample letters, hyphenation at line ends joined by hand. Several
 * tests read the same sentence; keeping it once keeps them about the same words.
 */
final class LetterSentences {

	/** 2019 report, België en Luxemburg. */
	static final String BELGIAN_BUDGET_2019 = "De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard (0,95% van het Bruto Binnenlands Product (BBP))."; //$NON-NLS-1$

	/** 2019 report, België en Luxemburg. */
	static final String BELGIAN_GROWTH_PATH_2019 = "De eerste minister legde tevens een budgettair voorstel voor dat voorziet in een geleidelijke verhoging van de defensie-uitgaven naar 1,01% (in plaats van 0,9% van het BBP) in 2020 en naar 1,19% (in plaats van 1,02% en 1,06% van het BBP) in 2023 en 2024."; //$NON-NLS-1$

	/** 2019 report, Verenigd Koninkrijk. */
	static final String BRITISH_BUDGET_2019 = "De Britse defensiebegroting bedraagt in 2019-2020 £39,5 miljard (ongeveer €46,2 miljard, 2,1% van het BBP) en stijgt in 2020 naar £ 41,3 miljard (ongeveer €48,3 miljard, 2,1% van het BBP)."; //$NON-NLS-1$

	/** 2019 report, Verenigd Koninkrijk. */
	static final String SDSR15_2019 = "In de SDSR15 staat dat het Verenigd Koninkrijk ten minste 2% van het BBP zal blijven besteden aan Defensie en in de komende tien jaar £178 miljard (ongeveer €202 miljard) zal investeren in materieel."; //$NON-NLS-1$

	/** 2019 report, Verenigde Staten. */
	static final String F35_2019 = "Met de aanschaf van negen extra F-35’s, naast de 37 F-35’s die al eerder waren besteld, is de materieelsamenwerking verder uitgebreid."; //$NON-NLS-1$

	/** 2019 report, NAVO. */
	static final String EFP_2019 = "Ons land leverde ongeveer 270 militairen voor de Enhanced Forward Presence in Litouwen."; //$NON-NLS-1$

	/** 2019 report, Duitsland. */
	static final String DORIAN_2019 = "Daarnaast namen 50 Duitse militairen deel aan de noodhulp die Nederland in september 2019 na orkaan Dorian aan de Bahama’s bood met onder meer het Nederlandse marineschip Zr.Ms. Johan de Witt."; //$NON-NLS-1$

	/** 2019 report, Duitsland. */
	static final String DOI_2019 = "Dit blijkt uit de uitgebreide Declaration of Intent (DOI) ter versterking van de bilaterale defensiesamenwerking die op 21 mei 2019 is ondertekend."; //$NON-NLS-1$

	/** 2019 report, Verenigd Koninkrijk. */
	static final String MDP_2019 = "Dit programma voorziet in een groei van het budget met £1,8 miljard (ongeveer €2,1 miljard)."; //$NON-NLS-1$

	/** 2019 report, Verenigde Staten. */
	static final String SPACE_2019 = "Nederland treedt hiermee toe tot een kleine groep van circa tien landen waarmee de VS gerubriceerde informatie over de ruimte delen."; //$NON-NLS-1$

	/** 2019 report, Europese Unie. */
	static final String EDIDP_PROPOSALS_2019 = "De Commissie heeft in totaal 40 projectvoorstellen ontvangen, waarvan 14 in het domein specifiek voor het midden- en kleinbedrijf (MKB), een van de punten waarop Nederland heeft ingezet tijdens de onderhandelingen over het programma."; //$NON-NLS-1$

	/** 2019 report, Europese Unie. */
	static final String EDIDP_RESULTS_2019 = "De resultaten van de evaluatie worden begin 2020 verwacht, gevolgd door de toewijzing van financiering."; //$NON-NLS-1$

	/** 2019 report, Noorwegen. */
	static final String SKJOLD_2019 = "De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt jaarlijks in Noord-Noorwegen plaats en vanaf januari 2020 wordt vanaf de locatie Skjold getraind."; //$NON-NLS-1$

	/** 2019 report and the interim letter of June 2019, Noorwegen. */
	static final String MOUNTAIN_TRAINING_2019 = "Met het oog op het intensiveren van de samenwerking met de Noren en een efficiënt gebruik van de Noorse trainingsfaciliteiten, is nu tevens voorzien dat het Korps Mariniers zijn jaarlijkse bergtraining in september/oktober 2020 in Noorwegen zal uitvoeren."; //$NON-NLS-1$

	/** 2019 report, Europees Defensiefonds. */
	static final String EDF_MERGER_2019 = "In 2019 is verder gewerkt aan het Europees Defensiefonds (EDF), een overkoepelend programma waarin per 2021 de Preparatory Action for Defence Research (PADR) en het EDIDP worden samengevoegd, teneinde de overgang tussen onderzoek en ontwikkeling van capaciteiten te versimpelen."; //$NON-NLS-1$

	/** Interim letter of June 2019, Noorwegen. */
	static final String WINTER_TRAINING_INTERIM = "De Nederlandse wintertraining zal vanaf 2020 plaatsvinden op de tijdelijke oefenlocatie Skjold."; //$NON-NLS-1$

	/** Interim letter of June 2019, opening. */
	static final String INTERIM_PURPOSE = "Deze brief is een tussentijdse update op de jaarlijkse rapportage over internationale militaire samenwerking (Kamerstuk 33 279, nr. 28), zoals u op 13 december jl. hebt ontvangen en ik u in december 2019 wederom zal sturen."; //$NON-NLS-1$

	/** Interim letter of June 2019, België en Luxemburg. */
	static final String NAVAL_GROUP_INTERIM = "Een consortium onder leiding van het Franse bedrijf Naval Group kwam op 15 maart jl. als winnaar uit de bus van de door België uitgevoerde aanbestedingsprocedure voor de mijnenbestrijdingscapaciteit van beide landen (D-brief, Kamerstuk 27 830, nr. 280)."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String BELGIAN_BUDGET_2020 = "In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String BELGIAN_SHARE_2020 = "Dat komt neer op circa 1,1% van het BBP."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String BELGIAN_INCREASE_2020 = "Dat is ten opzichte van 2019 een ophoging van ongeveer € 0,5 miljard."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String BELGIAN_TARGET_2020 = "De regering streeft naar een groeipad tot 1,24% in 2025."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String MINE_COUNTERMEASURES_2020 = "De nieuwe mijnenbestrijdingsvaartuigen zullen instromen vanaf 2024."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String FRIGATES_2020 = "Voorzien is dat Nederland twee nieuwe fregatten in dienst neemt in de periode 2028–2029 en dat de Belgische fregatten worden geleverd in 2030."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String STRATEGIC_VISION_2020 = "Deze visie zal in 2021 worden geactualiseerd, maar langs welke lijnen is nog niet bekend."; //$NON-NLS-1$

	/** 2020 report, Duitsland. */
	static final String GERMAN_SPENDING_2020 = "De uitgaven zijn gestegen van € 34,75 miljard in 2014 tot (naar verwachting) € 51,5 miljard in 2020."; //$NON-NLS-1$

	/** 2020 report, Duitsland and Verenigde Staten. */
	static final String RESOLUTE_SUPPORT_2020 = "NAVO- en nationale besluitvorming over de toekomst van RSM wordt in het eerste kwartaal van 2021 verwacht."; //$NON-NLS-1$

	/** 2020 report, Duitsland. */
	static final String EFP_CONTINUED_2020 = "De deelname aan eFP in Litouwen zal naar verwachting voorlopig worden voortgezet."; //$NON-NLS-1$

	/** 2020 report, Frankrijk. */
	static final String FRENCH_SPENDING_2020 = "De Franse defensie-uitgaven zijn in 2020 gestegen met € 1,7 miljard tot € 37,5 miljard."; //$NON-NLS-1$

	/** 2020 report, Frankrijk. */
	static final String FRENCH_INNOVATION_2020 = "Daarnaast investeert Frankrijk veel in innovatie (€ 5,5 miljard) en het ruimtedomein (€ 448 miljoen) met name om de satellietcapaciteit te vernieuwen."; //$NON-NLS-1$

	/** 2020 report, Frankrijk. */
	static final String DYNAMIC_MARINER_2020 = "In september en oktober 2020 vond de NAVO NRF-certificeringsoefening DYNAMIC MARINER 20 plaats voor de zuidkust van Frankrijk."; //$NON-NLS-1$

	/** 2020 report, Noorwegen. */
	static final String NORWEGIAN_BUDGET_2020 = "De Noorse regering blijft de strijdkrachten versterken en heeft een verhoging van het defensiebudget van ongeveer 3,5 miljard NOK (€ 0,5 miljard) tot 64,5 miljard NOK (€ 6,1 miljard) in 2021 voorgesteld."; //$NON-NLS-1$

	/** 2020 report, Verenigd Koninkrijk. */
	static final String BRITISH_INCREASE_2020 = "Op 19 november kondigde de Britse premier aan dat er in de komende 4 jaar £ 16,5 miljard (verhoging van 10%) in de Britse Defensie wordt gestoken."; //$NON-NLS-1$

	/** 2020 report, Verenigd Koninkrijk. */
	static final String BRITISH_STAFF_2020 = "In totaal gaat het om ongeveer 80 militairen, aangevuld met een tiental werkstudenten."; //$NON-NLS-1$

	/** 2020 report, Verenigde Staten. */
	static final String AMERICAN_BUDGET_2020 = "De defensiebegroting van de Verenigde Staten, de National Defense Authorization Act, bedroeg $ 738 miljard in het begrotingsjaar 2020, dat loopt van oktober 2019 t/m oktober 2020."; //$NON-NLS-1$

	/** 2020 report, Verenigde Staten. */
	static final String CHINOOK_2020 = "Verder zijn in 2020 alle veertien nieuwe Chinook helikopters door de fabrikant geleverd."; //$NON-NLS-1$

	/** 2020 report, Verenigde Staten. */
	static final String FRAMEWORK_TREATY_2020 = "Het Raamverdrag tussen het Koninkrijk der Nederlanden en de Verenigde Staten van Amerika op het gebied van defensieaangelegenheden dat in juli 2018 werd getekend, is (na ratificatie in het afgelopen jaar) op 1 november 2020 in werking getreden."; //$NON-NLS-1$

	/** 2020 report, Verenigde Staten. */
	static final String ERBIL_2020 = "De Kamer is op 20 november jl. voorts geïnformeerd (Kamerstuk 27 925, nr. 755) dat Nederland in dit kader vanaf eind 2020 tot en met december 2021 gezamenlijk met de VS de force protection van Erbil International Airport zal verzorgen."; //$NON-NLS-1$

	/** 2020 report, Militaire mobiliteit. */
	static final String MOBILITY_FUNDS_2020 = "Voorts is met het Raadsbesluit voor het Meerjarig Financieel Kader besloten 1,5 miljard euro te alloceren voor de infrastructurele kant van militaire mobiliteit."; //$NON-NLS-1$

	/** 2020 report, PESCO. */
	static final String PESCO_PLAN_2020 = "Het Nationaal Implementatieplan van de PESCO-commitments wordt in maart 2021 afgerond."; //$NON-NLS-1$

	/** 2020 report, European Defence Industrial Development Programme. */
	static final String EDIDP_TRANCHE_2020 = "Medio maart 2020 heeft de Europese Commissie de tweede tranche projecten uitgezet op de Europese markt."; //$NON-NLS-1$

	/** 2020 report, Europees Defensiefonds. */
	static final String EDF_BUDGET_2020 = "Na het Raadsbesluit over het Meerjarig Financieel Kader waarin is besloten € 7,014 miljard euro te alloceren voor het Europees Defensiefonds (EDF), is gewerkt aan het overkoepelende werkprogramma voor het EDF."; //$NON-NLS-1$

	/** 2020 report, Lastenverdeling. */
	static final String DUTCH_SHARE_2020 = "Zoals ik uw Kamer recent meldde rondom de update van het National Plan (Kamerstuk 28 676, nr. 326) is de verwachting dat Nederland in 2020 een bbp-percentage van 1,48% haalt wat betreft de defensie-uitgaven, terwijl het gemiddelde van de Europese bondgenoten dit jaar naar schatting uitkomt op 1,81%."; //$NON-NLS-1$

	/** 2020 report, Inzet Nederlandse krijgsmacht. */
	static final String NRF_2020 = "Dit betrof in 2020 een viertal gevechtsvliegtuigen, een fregat en een onderzeeboot voor het snelst inzetbare deel van de NRF, de Very high readiness Joint Task Force (VJTF)."; //$NON-NLS-1$

	/** 2020 report, Inzet Nederlandse krijgsmacht. */
	static final String RSM_STRENGTH_2020 = "Het betrof maximaal 140 militairen, bestaande uit onder meer stafofficieren, adviseurs (waaronder Special Forces), een Force Protection-detachement en medische ondersteuning."; //$NON-NLS-1$

	/** 2020 report, België en Luxemburg. */
	static final String CSOCC_2020 = "Na een intensief trainingsprogramma in de tweede helft van 2020 zijn het CSOCC en de daarbij behorende land en air taakgroepen gecertificeerd en deze snel inzetbare capaciteiten staan gedurende geheel 2021 gereed voor inzet op verzoek van de NAVO."; //$NON-NLS-1$

	/** 2020 report, Missies en operaties. */
	static final String UNIFIL_2020 = "De Nederlandse bijdrage aan UNIFIL bestond in 2020 uit 1 militair: Military Child Protection and Gender Advisor (MILGENADV) binnen het UNIFIL HQ in NAQOURA, verantwoordelijk voor advisering omtrent de implementatie van VNVR 1325 betreffende vrouwen, vrede en veiligheid."; //$NON-NLS-1$

	/** 2020 report, Missies en operaties. */
	static final String MINUSMA_2020 = "De Nederlandse defensiebijdrage aan MINUSMA (Mali) in 2020 bestond uit drie stafofficieren op het missiehoofdkwartier, drie Individual Police Officers IPO) van de Koninklijke Marechaussee en twee raketafweerspecialisten die op het verzoek van Duitsland de Duitse Intelligence, Surveillance & Reconnaissance (ISR) Task Force in Gao versterkten."; //$NON-NLS-1$

	/** 2020 report, Hervorming en modernisering VN-vredesmissies. */
	static final String UN_REFORM_2020 = "Defensie blijft zich inzetten voor hervorming en modernisering van VN-vredesmissies."; //$NON-NLS-1$

	/** 2020 report, NAVO. */
	static final String NCS_ADAPTATION_2020 = "Implementatie van deze NCS Adaptation (NCS-A) was gepland voor 2019–2021, maar heeft enige vertraging opgelopen en daarom is dit jaar besloten hier tot 2023 voor uit te trekken."; //$NON-NLS-1$

	/** 2021 report, Duitsland. */
	static final String GERMAN_BUDGET_2021 = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP)."; //$NON-NLS-1$

	/** 2021 report, Duitsland. */
	static final String GERMAN_GOVERNMENT_2021 = "In december 2021 trad een nieuwe Duitse Bondsregering aan, die naar verwachting in 2022 nieuwe plannen zal presenteren."; //$NON-NLS-1$

	/** 2021 report, Duitsland. */
	static final String ISR_TASK_FORCE_2021 = "In Mali leverde Nederland op verzoek van Duitsland drie militair specialisten aan de Duitse Intellligence Surveillance and Reconnaissance (ISR)-Task Force binnen de VN-missie MINUSMA (Kamerstuk 29521, nr. 426)."; //$NON-NLS-1$

	/** 2021 report, Duitsland. */
	static final String TANK_BATTALION_2021 = "Een deel van de Duits-Nederlandse tankeenheid 414 Pantserbataljon, dat deel uitmaakt van de Nederlandse 43 Gemechaniseerde Brigade en de Duitse 1. Panzerdivision, is in de tweede helft van 2021 ingezet in enhanced Forward Presence (eFP) in Litouwen (Kamerstuk 29521, nr. 420)."; //$NON-NLS-1$

	/** 2021 report, Verenigd Koninkrijk. */
	static final String BRITISH_BUDGET_2021 = "Het Britse defensiebudget kwam in begrotingsjaar 2021/2022 neer op 46 miljard pond (2,5% BBP); een stijging van 4,8 miljard ten opzichte van 2020/2021."; //$NON-NLS-1$

	/** 2021 report, Verenigde Staten. */
	static final String AMERICAN_BUDGET_2021 = "Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar (3,6% BBP) en in 2022 stijgt het budget met 36 miljard USD naar een totaal van 768 miljard USD."; //$NON-NLS-1$

	/** 2021 report, Verenigde Staten. */
	static final String PREPOSITIONED_STOCKS_2021 = "In het kader van verbetering van de militaire mobiliteit in Europa is in 2021 besloten om €38 miljoen te investeren in Army Prepositioned Stocks Eygelshoven (APS-E), waar de VS gebruik van maakt voor de opslag van militair materieel (Kamerstuk 21501-28, nr. 217)."; //$NON-NLS-1$

	/** 2021 report, Verenigde Staten. */
	static final String AMERICAN_STRATEGY_2021 = "Deze heeft in maart een Interim National Security Strategic Guidance gepubliceerd, in afwachting van de nieuwe National Security Strategy en National Defense Strategy die begin 2022 worden verwacht."; //$NON-NLS-1$

	/** 2021 report, Verenigde Naties. */
	static final String UN_CONFERENCE_2021 = "Op 25 en 26 oktober jl. organiseerde Nederland samen met Pakistan een online conferentie over VN-vredesmissies, in aanloop naar de online VN ministeriële bijeenkomst over peacekeeping op 7-8 december jl."; //$NON-NLS-1$

	/** 2021 report, NAVO. */
	static final String NATO_PLANS_2021 = "afschrikking en verdediging, inclusief relevante concepten en onderliggende plannen voortgezet (Kamerstuk 28676, nrs. 356, 371 en 376)."; //$NON-NLS-1$

	/** 2021 report, Overige multilaterale verbanden. */
	static final String JEF_2021 = "Tijdens de JEF-bijeenkomst op 30 juni 2021 ondertekenden de ministers de JEF Policy Direction, die voor uw informatie bij deze Kamerbrief is gevoegd."; //$NON-NLS-1$

	/** 2012 nota, annex. */
	static final String SAC_C17_2012 = "SAC C-17: consortium van twaalf landen voor de gezamenlijke verwerving, inzet en instandhouding van drie C-17 strategische luchttransportvliegtuigen."; //$NON-NLS-1$

	/** 2012 nota, annex Noorwegen. */
	static final String F35_NORWAY_2012 = "De samenwerking zou zowel de verwerving, het onderhoud als de inzet kunnen beslaan."; //$NON-NLS-1$

	/** 2012 nota, introduction. */
	static final String ASSESSMENT_2012 = "Met behulp van de toets internationale militaire samenwerking zou deze zorgvuldigheid zijn gewaarborgd, zo was ook het kabinet in reactie op het advies destijds van mening."; //$NON-NLS-1$

	private LetterSentences() {
	}
}
