### Mående: how I have felt the last two weeks. Optional.
# Past tense: the items look back over the last two weeks and are rated on the how-often scale.

maende-title = ደሓንነት
maende-theme-wellbeing = ደሓንነት
maende-energy = ዝደለኽዎ ንምግባር ዓቕሚ ነይሩኒ።
maende-sleep = ጽቡቕ ደቂሰ ኣለኹ።
maende-someone = ዘዘራርበኒ ሰብ ነይሩኒ።
maende-hope = ብዛዕባ መጻኢ ተስፋ ተሰሚዑኒ።
maende-difficult = ከቢድ ነገራት ክሰግር ክኢለ ኣለኹ።
