-- A model's task is a short sentence ("crisis level of a sentence or an entry"); 40 characters
-- refused one at registration, which left the server screening with the rules alone.
ALTER TABLE model_version ALTER COLUMN task TYPE varchar(200);
