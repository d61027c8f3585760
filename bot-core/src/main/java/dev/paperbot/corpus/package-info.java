/** Loading the corpus that index-data ships, and cutting abstracts into quotable sentences. */
package dev.paperbot.corpus;
