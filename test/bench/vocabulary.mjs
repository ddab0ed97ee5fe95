// Word lists for the synthetic journals: a florist's / event business's people and what is said
// to them. Some names carry accents (and ø, ł, ß, which NFD does not decompose) on purpose.

const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

export const FIRST_NAMES = list(`
  Aaron, Abigail, Adam, Adèle, Adrian, Agnès, Aidan, Aisha, Alba, Alejandro, Alexandre, Alice, Alicia,
  Amélie, Amir, Ana, Anaïs, André, Andrea, Andrés, Angela, Anna, Anne, Antoine, Antonio, Arnaud, Astrid,
  Aurélie, Ava, Beatriz, Ben, Benedikt, Benjamin, Bernadette, Björn, Blanca, Bruno, Camille, Carla,
  Carlos, Caroline, Cécile, Céline, Charlotte, Chloé, Chris, Claire, Clément, Colette, Conor, Dana,
  Daniel, David, Delphine, Diego, Dominique, Dorothée, Edith, Elena, Élise, Elliot, Emil, Emily, Emma,
  Éric, Esther, Étienne, Eva, Fabien, Fatima, Felix, Fernando, Florence, François, Frédéric, Gabriel,
  Gaëlle, George, Grace, Guillaume, Hana, Hannah, Héloïse, Hélène, Henri, Hugo, Ian, Inès, Ingrid,
  Irène, Isabel, Isaac, Ivan, Jack, Jacques, Jan, Jane, Javier, Jean, Jeanne, Jérôme, Jessica, Joël,
  Johanna, John, Jonas, Jorge, José, Joséphine, Juan, Judith, Julia, Julien, Jürgen, Karin, Kate,
  Katarzyna, Laura, Laurent, Léa, Léon, Liam, Lina, Lisa, Lucas, Lucía, Lucie, Luis, Łukasz, Maëlle,
  Magnus, Manon, Marc, Margaux, María, Marie, Marion, Márta, Martin, Mathilde, Matteo, Maxime, Mia,
  Michael, Michel, Miguel, Mila, Mohammed, Monique, Nadia, Natalia, Nathalie, Nicolas, Nina, Noah,
  Noël, Noémie, Nora, Olivia, Olivier, Omar, Oscar, Pablo, Patricia, Patrick, Paul, Paula, Pedro,
  Philippe, Pierre, Rachel, Rafael, Raphaël, Rebecca, Renée, Robert, Rosa, Ruth, Sam, Samuel, Sandra,
  Sara, Sébastien, Simon, Sofia, Søren, Sophie, Stéphane, Susana, Sylvie, Théo, Thérèse, Thomas, Tom,
  Valérie, Véronique, Victor, Vincent, Yasmine, Yves, Zoé, Zoë`);

export const LAST_NAMES = list(`
  Abbott, Alonso, Andersen, Arnaud, Bailey, Baker, Barbier, Becker, Bérard, Bertrand, Bianchi, Blanc,
  Bonnet, Bouchard, Boyer, Brown, Brun, Caron, Carpentier, Castillo, Chávez, Chevalier, Clark, Clément,
  Colin, Costa, Côté, Cruz, Da Silva, David, Delgado, Denis, Dubois, Dufour, Dumont, Dupont, Durand,
  Dvořák, Evans, Fabre, Faure, Fernández, Ferrari, Fischer, Fontaine, Fournier, François, Gallagher,
  García, Garnier, Gauthier, Girard, Gómez, González, Guérin, Hansen, Hartmann, Henry, Hernández,
  Hoffmann, Hughes, Jansen, Jiménez, Johnson, Jones, Kaminski, Keller, Klein, Kowalski, Lacroix,
  Lambert, Laurent, Le Gall, Leblanc, Leclerc, Lefèvre, Legrand, Lemaire, Lemoine, Leroy, López,
  Łukasiewicz, Marchand, Martin, Martínez, Masson, Mathieu, Mercier, Meyer, Michel, Moreau, Morel,
  Moreno, Müller, Muñoz, Murphy, Nguyen, Nicolas, Noël, Novák, Núñez, O'Brien, Ødegaard, Olsen, Ortiz,
  Palmer, Paris, Pereira, Pérez, Perrin, Petit, Peña, Picard, Rey, Richard, Rivera, Robert, Robin,
  Rodríguez, Roger, Romero, Rossi, Roussel, Roux, Ruiz, Sánchez, Santos, Schmidt, Schneider,
  Schröder, Schulz, Silva, Simon, Smith, Sørensen, Suárez, Taylor, Thomas, Torres, Vargas, Vasseur,
  Vidal, Vincent, Wagner, Walker, Weber, Weiß, White, Williams, Wilson, Wójcik, Young, Zimmermann`);

export const NICKNAMES = list(`
  Jo, Bobby, Kiki, Lulu, Max, Nico, Sam, Alex, Chris, Fifi, Doudou, Pat, Mimi, Tony, Beth, Manu, Gigi,
  the baker, Madame Rose, Big Tom, Coco, Juju, Val, Dom, Seb, Steph`);

export const COMPANY_STEMS = list(`
  Bloom, Maison, Atelier, Garden, Petal, Le Jardin, Hôtel, Château, Studio, Villa, Café, Rosewood,
  Lavender, Evergreen, Orchid, Saffron, Willow, Les Fleurs, Riverside, Golden, Olive, Silver Birch,
  Blossom, Magnolia, Camellia, Ivy, Wildflower, Belvédère, Lumière, Verdure`);

export const COMPANY_TAILS = list(`
  & Co, Events, Weddings, Catering, Hotels, Interiors, Design, Traiteur, Restaurant, Spa, Gallery,
  Florals, Brasserie, Group, Concierge, Ateliers, Productions, Galas, Residences, Home`);

export const EMAIL_DOMAINS = list(`
  gmail.com, outlook.com, yahoo.fr, orange.fr, proton.me, icloud.com, gmx.de, free.fr, hotmail.com`);

export const ROLES = list(`
  Owner, Event planner, Purchasing manager, Head chef, Concierge, Wedding coordinator, Office manager,
  Florist, Marketing director, General manager, Assistant, Buyer, Sommelier, Interior designer,
  Photographer, Venue manager, Partner, Founder, Head of events, Maître d'hôtel`);

export const TAGS = [
  ['vip', 6],
  ['inner-circle', 3],
  ['florist-regular', 10],
  ['referral-partner', 4],
  ['wedding-planner', 5],
  ['supplier', 6],
  ['corporate', 8],
  ['press', 2],
  ['trade-show', 7],
  ['wholesale', 4],
  ['family', 2],
  ['friend', 5],
];

/** Tags that carry their own keep-in-touch cadence (the tags table). */
export const TAG_CADENCES = [
  ['inner-circle', '2w'],
  ['vip', '1m'],
  ['referral-partner', '6w'],
];

export const CADENCES = list(`10d, 2w, 30d, 1m, 6w, 2m, 3m, 6m, 1y`);

export const MET = list(`
  at the Salon du Végétal, at a wedding fair, walked into the shop, through a friend, on LinkedIn,
  at the Christmas market, at a charity gala, via the website, at a trade show in Paris,
  at the chamber of commerce breakfast, through the wedding planner, at a neighbour's party`);
// Cells a CSV must quote: a comma, and double quotes.
MET.push('at a dinner in Lyon, next to Paul', 'at "Les Floralies" in Nantes');

export const CHANNELS = [
  ['call', 30],
  ['email', 20],
  ['message', 18],
  ['meeting', 12],
  ['meal', 5],
  ['visit', 5],
  ['event', 5],
  ['social', 3],
  ['other', 2],
];

export const NOTE_OPENINGS = list(`
  Talked about, Asked about, Ordered, Discussed, Quote sent for, Followed up on, Called back about,
  Confirmed, Complained about, Thanked us for, Wants to plan, Changed the date of, Paid for,
  Recommended us for, Tasted samples for, Visited the shop for, Sent photos of`);

export const NOTE_SUBJECTS = list(`
  the spring catalog, the wedding bouquets, 40 white roses, the Christmas centrepieces,
  the corporate gala, weekly office flowers, the hotel lobby arrangements, the new peonies,
  the funeral wreath, a birthday surprise, the delivery schedule, the autumn menu, the invoice,
  the table settings, the garden party, the store opening, the anniversary dinner, lilies,
  the subscription, the price increase, the dried-flower workshop, the Valentine's rush`);

export const NOTE_TAILS = list(`
  next week, before the end of the month, for 120 guests, on a tight budget, as usual,
  with her sister, and loved them, but wants a discount, again, for the Lyon office,
  and asked for a callback, very happy overall, needs it by Friday`);

export const COMPLAINTS = list(`
  Order arrived damaged, Delivery two hours late, Wrong colour roses, Invoice charged twice,
  Flowers wilted in a day, Missing items in the order, Rude delivery driver, Centrepieces too small`);

export const RESOLUTIONS = list(`
  Refunded in full, Sent a replacement bouquet, Credit note issued, Apologised and gave 20% off,
  Redelivered the same day, Corrected the invoice`);

export const DETAILS_UNDATED = list(`
  Prefers white roses, Allergic to lilies, Has two kids, Vegetarian, Loves peonies, Dog called Biscuit,
  Supports Olympique Lyonnais, Plays tennis on Sundays, Drinks only green tea, Sister works at the town hall,
  Pays by bank transfer only, Hates calls before 10am, Collects vintage vases, Daughter studies in Madrid,
  Training for a marathon, Speaks Spanish and German, Orders for the whole office, Likes the seasonal box`);
DETAILS_UNDATED.push('Calls the shop "the studio"', 'Two kids, Léa and Tom');

export const DETAILS_DATED = list(`
  Baby due, Moving house, Shop opening, Surgery, Daughter's graduation, Marathon, Wedding,
  Retirement party, Trip to Japan, Big product launch, Son's first communion, Office move`);

export const DETAILS_YEARLY = list(`
  Wedding anniversary, Name day, Company anniversary, Mother's birthday, Partner's birthday,
  Shop anniversary, Anniversary of the first order`);

export const REMINDERS = list(`
  Send the catalog, Call about the Christmas order, Follow up on the quote, Send a thank-you card,
  Check the delivery went well, Propose the spring subscription, Invite to the open day,
  Send photos of the new collection, Ask for a referral, Renew the contract, Book a tasting`);

export const RECURRENCES = list(`2w, 1m, 3m, 6m, 1y`);
